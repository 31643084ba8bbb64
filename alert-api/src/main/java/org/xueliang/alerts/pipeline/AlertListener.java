package org.xueliang.alerts.pipeline;

import org.xueliang.alerts.store.Alert;

/**
 * Receives each alert once it is committed to the store, and each later change of it. Called on
 * a store thread: an implementation must hand work off rather than block (write to a bounded
 * queue, a socket future, a counter).
 */
@FunctionalInterface
public interface AlertListener {
    /** A new alert was committed. */
    void onAlert(Alert alert);

    /** A committed change of a published alert: merged repeat, workflow step, escalation, missed due time. */
    default void onChange(AlertChange change) {
    }
}
