package org.xueliang.ingest;

import java.time.Instant;

/**
 * One decoded picture at the channel's analysis size, as handed from ingest to analytics.
 *
 * <p>The pixels are packed BGR24 ({@code width * 3} bytes a row, no padding), already scaled by
 * the decoder to the analysis size: full-resolution frames are never converted to BGR.
 *
 * @param channelId   the channel that produced the frame
 * @param sequence    frame counter of the channel's current session, starting at 0
 * @param captureTime when the picture was taken, from the injected clock at decode time
 * @param width       width in pixels
 * @param height      height in pixels
 * @param bgr         packed BGR24 pixels; owned by the receiver, never reused by ingest
 */
public record VideoFrame(String channelId, long sequence, Instant captureTime, int width, int height, byte[] bgr) {
    public VideoFrame {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size must be positive, got " + width + "x" + height);
        }
        if (bgr.length != width * height * 3) {
            throw new IllegalArgumentException(
                    "BGR buffer of a " + width + "x" + height + " frame must hold " + width * height * 3
                            + " bytes, got " + bgr.length);
        }
    }
}
