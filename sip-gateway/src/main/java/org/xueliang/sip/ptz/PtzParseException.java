package org.xueliang.sip.ptz;

/** A PTZCmd value that is not a valid 8-byte GB/T 28181 PTZ command. */
public final class PtzParseException extends RuntimeException {
    public PtzParseException(String message) {
        super(message);
    }
}
