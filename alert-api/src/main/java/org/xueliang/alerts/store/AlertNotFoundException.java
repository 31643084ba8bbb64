package org.xueliang.alerts.store;

/** No alert has the id asked for. */
public final class AlertNotFoundException extends RuntimeException {
    private final String alertId;

    public AlertNotFoundException(String alertId) {
        super("alert \"" + alertId + "\" does not exist");
        this.alertId = alertId;
    }

    public String alertId() {
        return alertId;
    }
}
