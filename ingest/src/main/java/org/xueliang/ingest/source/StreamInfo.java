package org.xueliang.ingest.source;

/**
 * Parameters of an opened video stream.
 *
 * @param codec     decoder name, for example {@code h264} or {@code msmpeg4}
 * @param width     coded picture width in pixels
 * @param height    coded picture height in pixels
 * @param frameRate nominal frames per second, 0 when the input does not say
 */
public record StreamInfo(String codec, int width, int height, double frameRate) {
    public StreamInfo {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("stream size must be positive, got " + width + "x" + height);
        }
        if (!(frameRate >= 0) || Double.isInfinite(frameRate)) {
            throw new IllegalArgumentException("frame rate must be 0 (unknown) or positive, got " + frameRate);
        }
    }
}
