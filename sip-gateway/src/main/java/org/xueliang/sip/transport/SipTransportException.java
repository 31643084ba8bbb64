package org.xueliang.sip.transport;

/** The SIP stack could not start or could not send a request. */
public final class SipTransportException extends RuntimeException {
    public SipTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
