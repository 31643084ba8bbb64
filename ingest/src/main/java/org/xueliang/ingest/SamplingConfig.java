package org.xueliang.ingest;

/**
 * The rate and size at which a channel's frames reach analysis.
 *
 * @param fps   analysed frames per second (frames in between are decoded but not converted)
 * @param width analysis width in pixels; the height keeps the input's aspect ratio, rounded to even
 */
public record SamplingConfig(double fps, int width) {
    public SamplingConfig {
        if (!(fps > 0)) {
            throw new IllegalArgumentException("analysis fps must be greater than 0, got " + fps);
        }
        if (width < 16) {
            throw new IllegalArgumentException("analysis width must be at least 16, got " + width);
        }
    }
}
