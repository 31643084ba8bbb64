package org.xueliang.alerts.console;

/** A probed source could not be read; the message is a password-free reason for the integrator. */
public final class ProbeFailedException extends RuntimeException {
    public ProbeFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
