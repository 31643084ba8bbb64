package org.xueliang.alerts.console;

/** As many full-rate sessions run as the server allows. */
public final class VideoLimitException extends RuntimeException {
    public VideoLimitException(String message) {
        super(message);
    }
}
