package org.xueliang.analytics.schedule;

/** An arming schedule cannot be used; the message names the window and what was expected. */
public final class InvalidScheduleException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidScheduleException(String message) {
        super(message);
    }
}
