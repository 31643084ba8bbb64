package org.xueliang.alerts.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.channel.DurationFormat;
import org.xueliang.alerts.jurisdiction.JurisdictionDirectory;
import org.xueliang.alerts.pipeline.AlertChange;
import org.xueliang.alerts.pipeline.AlertListeners;
import org.xueliang.alerts.store.Alert;

/**
 * One pass over the deadlines kept in the store (督办): a NEW alert past its acknowledgement
 * deadline goes up to the parent jurisdiction, which gets the level's time limit again from now;
 * at the top of the tree, or for a channel that belongs nowhere, it is escalated once more in
 * place and no further deadline runs. A DISPATCHED alert past its due time is flagged overdue.
 * Each is written to the audit trail and told to the listeners for re-notification. Because the
 * deadlines are in the store, a restarted server catches up on whatever fell due while it was
 * down. Blocking.
 */
public final class Escalator {
    private static final Logger LOG = LoggerFactory.getLogger(Escalator.class);
    /** Alerts handled per kind and pass; more wait for the next pass. */
    static final int BATCH = 500;

    private final WorkflowStore store;
    private final JurisdictionDirectory directory;
    private final TimeLimits limits;
    private final AlertListeners listeners;
    private final Clock clock;

    public Escalator(WorkflowStore store, JurisdictionDirectory directory, TimeLimits limits, AlertListeners listeners,
                     Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.listeners = Objects.requireNonNull(listeners, "listeners");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Escalates and flags whatever is due now. */
    public ScanResult scan() {
        Instant now = clock.instant();
        int escalated = 0;
        for (Alert alert : store.unacknowledged(now, BATCH)) {
            escalated += escalate(alert, now) ? 1 : 0;
        }
        int overdue = 0;
        for (Alert alert : store.unresolved(now, BATCH)) {
            overdue += flagOverdue(alert, now) ? 1 : 0;
        }
        return new ScanResult(escalated, overdue);
    }

    private boolean escalate(Alert alert, Instant now) {
        String from = alert.handling().jurisdiction();
        Optional<String> parent = from == null ? Optional.empty() : directory.tree().parentOf(from);
        Duration limit = limits.ackLimit(alert.level());
        String reason = "not acknowledged within " + DurationFormat.format(limit) + ": ";
        String note = from == null ? reason + "the channel belongs to no jurisdiction"
                : parent.map(to -> reason + "escalated from " + from + " to " + to)
                        .orElse(reason + "no jurisdiction above " + from);
        Instant nextDue = parent.isPresent() ? now.plus(limit) : null;
        return store.escalate(alert, parent.orElse(from), nextDue, note, now).map(done -> {
            LOG.info("alert {} of channel {} escalated: {}", alert.id(), alert.channelId(), note);
            listeners.changed(new AlertChange(done.alert(), AlertChange.Kind.ESCALATED, done.entry()));
            return true;
        }).orElse(false);
    }

    private boolean flagOverdue(Alert alert, Instant now) {
        String note = "not resolved by " + alert.handling().dueAt() + ", assigned to " + alert.handling().assignee();
        return store.markOverdue(alert, note, now).map(done -> {
            LOG.info("alert {} of channel {} overdue: {}", alert.id(), alert.channelId(), note);
            listeners.changed(new AlertChange(done.alert(), AlertChange.Kind.OVERDUE, done.entry()));
            return true;
        }).orElse(false);
    }
}
