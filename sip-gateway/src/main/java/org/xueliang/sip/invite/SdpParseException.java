package org.xueliang.sip.invite;

/** A device's SDP answer that cannot be used; the message names the line and the bad value. */
public final class SdpParseException extends RuntimeException {
    public SdpParseException(String message) {
        super(message);
    }
}
