package org.xueliang.alerts.pipeline;

import org.xueliang.alerts.store.Alert;

/** An alert could not be stored after every retry. */
public final class AlertPersistException extends RuntimeException {
    public AlertPersistException(Alert alert, int attempts, Throwable cause) {
        super("alert " + alert.id() + " of channel " + alert.channelId() + " rule " + alert.ruleId()
                + " at " + alert.eventTime() + " not stored after " + attempts + " attempts: " + cause.getMessage(),
                cause);
    }
}
