package org.xueliang.alerts.store;

/** Where an alert stands in its workflow. */
public enum AlertState {
    /** Stored and published, nobody has taken it yet. */
    NEW,
    /** A person has seen it and taken responsibility. */
    ACKNOWLEDGED
}
