package org.xueliang.alerts.console;

/** A channel whose source cannot be viewed at full rate (not H.264, GB28181, or unreachable). */
public final class VideoUnavailableException extends RuntimeException {
    public VideoUnavailableException(String message) {
        super(message);
    }
}
