package org.xueliang.ingest.sampling;

/**
 * The picture size handed to analysis.
 *
 * @param width  width in pixels
 * @param height height in pixels, even
 */
public record AnalysisSize(int width, int height) {
    public AnalysisSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("analysis size must be positive, got " + width + "x" + height);
        }
    }

    /**
     * The analysis size for an input: the requested width and the height that keeps the input's
     * display aspect ratio, rounded to an even number (chroma-subsampled formats and most encoders
     * need even heights).
     *
     * @param inputWidth        coded width of the input
     * @param inputHeight       coded height of the input
     * @param sampleAspectRatio pixel aspect ratio of the input (for example 12/11 for PAL D1); values
     *                          that are not positive and finite count as square pixels
     * @param width             requested analysis width
     */
    public static AnalysisSize forInput(int inputWidth, int inputHeight, double sampleAspectRatio, int width) {
        if (inputWidth <= 0 || inputHeight <= 0) {
            throw new IllegalArgumentException("input size must be positive, got " + inputWidth + "x" + inputHeight);
        }
        if (width <= 0) {
            throw new IllegalArgumentException("analysis width must be positive, got " + width);
        }
        double sar = sampleAspectRatio > 0 && Double.isFinite(sampleAspectRatio) ? sampleAspectRatio : 1.0;
        double displayAspect = inputWidth * sar / inputHeight;
        long evenHeight = 2 * Math.round(width / displayAspect / 2);
        return new AnalysisSize(width, (int) Math.max(2, Math.min(evenHeight, 1 << 16)));
    }
}
