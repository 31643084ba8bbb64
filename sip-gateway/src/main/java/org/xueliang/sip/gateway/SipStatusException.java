package org.xueliang.sip.gateway;

/** A device answered a request with a final response other than 2xx. */
public final class SipStatusException extends RuntimeException {
    private final int status;

    public SipStatusException(String request, int status, String reason) {
        super(request + " was answered " + status + " " + reason + ", expected 2xx");
        this.status = status;
    }

    /** The status code the device answered. */
    public int status() {
        return status;
    }
}
