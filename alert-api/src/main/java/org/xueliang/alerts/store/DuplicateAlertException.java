package org.xueliang.alerts.store;

/** An alert with this id is already stored. */
public final class DuplicateAlertException extends StoreException {
    public DuplicateAlertException(String alertId, Throwable cause) {
        super("alert \"" + alertId + "\" is already stored", cause);
    }
}
