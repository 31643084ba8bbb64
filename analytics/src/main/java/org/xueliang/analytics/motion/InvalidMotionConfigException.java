package org.xueliang.analytics.motion;

/** A {@link MotionConfig} value is outside its allowed range; the message names the key. */
public final class InvalidMotionConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidMotionConfigException(String message) {
        super(message);
    }
}
