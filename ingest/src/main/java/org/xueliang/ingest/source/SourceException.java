package org.xueliang.ingest.source;

/**
 * A video source session ended: the input could not be opened, failed, or reached its end.
 *
 * <p>The message is the reason shown to operators in the channel health; it never contains a
 * password (RTSP URLs are masked).
 */
public class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean endOfStream;

    private SourceException(String reason, boolean endOfStream, Throwable cause) {
        super(reason, cause);
        this.endOfStream = endOfStream;
    }

    /** The input failed or could not be opened. */
    public static SourceException failed(String reason) {
        return new SourceException(reason, false, null);
    }

    /** The input failed; {@code cause} is kept for logs only, its message is not shown. */
    public static SourceException failed(String reason, Throwable cause) {
        return new SourceException(reason, false, cause);
    }

    /** The input ended normally, for example at the end of a file. */
    public static SourceException ended(String reason) {
        return new SourceException(reason, true, null);
    }

    /** Whether the session ended normally rather than failed. */
    public boolean isEndOfStream() {
        return endOfStream;
    }
}
