package org.xueliang.alerts.store;

/** A workflow step does not fit the alert's current state, for example acknowledging it twice. */
public final class AlertStateConflictException extends RuntimeException {
    private final transient Alert current;

    public AlertStateConflictException(Alert current, AlertState expected) {
        super("alert \"" + current.id() + "\" is " + current.state() + ", expected " + expected);
        this.current = current;
    }

    /** The alert as it is now. */
    public Alert current() {
        return current;
    }
}
