package org.xueliang.analytics.snapshot;

/** OpenCV could not encode an annotated snapshot. */
public final class SnapshotEncodingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SnapshotEncodingException(String message) {
        super(message);
    }
}
