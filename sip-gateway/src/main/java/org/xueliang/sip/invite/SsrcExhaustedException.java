package org.xueliang.sip.invite;

/** Every SSRC sequence number of a kind is in use: too many streams at once for one platform. */
public final class SsrcExhaustedException extends IllegalStateException {
    public SsrcExhaustedException(String message) {
        super(message);
    }
}
