package org.xueliang.alerts.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work that commits or rolls back together with a change to an alert: the delivery outbox writes
 * the delivery rows of an alert in the very transaction that stores the alert or changes its
 * state, so that a crash can lose neither, nor keep one without the other.
 *
 * <p>Implementations run inside the store's transaction: they use the connection given, never
 * commit, and throw to roll the whole change back.
 */
public interface AlertOutbox {
    /** A new alert was inserted (not merged into an open one) in this transaction. */
    void alertStored(Connection connection, Alert alert) throws SQLException;

    /** The alert moved to {@code alert.state()} in this transaction. */
    void stateChanged(Connection connection, Alert alert) throws SQLException;

    /**
     * Nobody acknowledged the alert in time and it was escalated, in this transaction, to the
     * jurisdiction now named by {@code alert.handling().jurisdiction()}.
     */
    void escalated(Connection connection, Alert alert) throws SQLException;

    /** The dispatched alert passed its due time unresolved and was flagged overdue in this transaction. */
    void overdue(Connection connection, Alert alert) throws SQLException;

    /** An outbox that records nothing: a store without delivery (tests, tools). */
    static AlertOutbox none() {
        return new AlertOutbox() {
            @Override
            public void alertStored(Connection connection, Alert alert) {
            }

            @Override
            public void stateChanged(Connection connection, Alert alert) {
            }

            @Override
            public void escalated(Connection connection, Alert alert) {
            }

            @Override
            public void overdue(Connection connection, Alert alert) {
            }
        };
    }
}
