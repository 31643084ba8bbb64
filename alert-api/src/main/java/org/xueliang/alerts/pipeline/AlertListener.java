package org.xueliang.alerts.pipeline;

import org.xueliang.alerts.store.Alert;

/**
 * Receives each alert once it is committed to the store. Called on a store thread: an
 * implementation must hand work off rather than block (write to a bounded queue, a socket
 * future, a counter).
 */
@FunctionalInterface
public interface AlertListener {
    void onAlert(Alert alert);
}
