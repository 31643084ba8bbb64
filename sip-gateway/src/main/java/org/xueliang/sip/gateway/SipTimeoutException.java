package org.xueliang.sip.gateway;

/** A request to a device got no final response in time. */
public final class SipTimeoutException extends RuntimeException {
    public SipTimeoutException(String message) {
        super(message);
    }
}
