package org.xueliang.alerts.jurisdiction;

/** A jurisdiction cannot be deleted while children, sites, channels or users still refer to it. */
public final class JurisdictionInUseException extends RuntimeException {
    public JurisdictionInUseException(String message) {
        super(message);
    }
}
