package org.xueliang.sip.message;

/** A GB/T 28181 identifier that does not have the required form. */
public final class InvalidGbIdException extends IllegalArgumentException {
    public InvalidGbIdException(String message) {
        super("GB28181 ID " + message);
    }
}
