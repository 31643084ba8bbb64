package org.xueliang.alerts.store;

/**
 * Where an alert stands in its workflow: received (受理), dispatched (派单), answered (反馈),
 * closed after review (回访), or dismissed as a false alarm. Which step may follow which is
 * decided by {@code org.xueliang.alerts.workflow.AlertWorkflow}.
 */
public enum AlertState {
    /** Stored and published, nobody has taken it yet. */
    NEW,
    /** A person has seen it and taken responsibility. */
    ACKNOWLEDGED,
    /** Handed to a department or person who must resolve it by a due time. */
    DISPATCHED,
    /** The assignee reported back (feedback, maybe a photo); waiting for review. */
    RESOLVED,
    /** Reviewed and finished. */
    CLOSED,
    /** A false alarm, with the reason given. */
    DISMISSED;

    /** Whether the alert is still being handled: repeats merge into it and deadlines apply. */
    public boolean open() {
        return this == NEW || this == ACKNOWLEDGED || this == DISPATCHED;
    }
}
