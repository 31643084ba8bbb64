package org.xueliang.analytics.detect;

/** A detector setting is outside its allowed range; the message names the key and the value. */
public final class InvalidDetectorConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidDetectorConfigException(String message) {
        super(message);
    }
}
