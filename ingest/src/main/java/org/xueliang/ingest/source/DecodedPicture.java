package org.xueliang.ingest.source;

/**
 * One decoded picture, converted to BGR or not.
 *
 * @param timestampMicros presentation time in microseconds on the source's own time line
 * @param width           width of {@code bgr} in pixels, 0 when not converted
 * @param height          height of {@code bgr} in pixels, 0 when not converted
 * @param bgr             packed BGR24 pixels at the analysis size, {@code null} when not converted
 */
public record DecodedPicture(long timestampMicros, int width, int height, byte[] bgr) {
    public DecodedPicture {
        if (bgr != null && bgr.length != width * height * 3) {
            throw new IllegalArgumentException("BGR buffer of a " + width + "x" + height + " picture must hold "
                    + width * height * 3 + " bytes, got " + bgr.length);
        }
    }

    /** A picture that was decoded but not converted. */
    public static DecodedPicture skipped(long timestampMicros) {
        return new DecodedPicture(timestampMicros, 0, 0, null);
    }

    /** A picture converted to packed BGR24. */
    public static DecodedPicture converted(long timestampMicros, int width, int height, byte[] bgr) {
        if (bgr == null) {
            throw new IllegalArgumentException("a converted picture needs pixels");
        }
        return new DecodedPicture(timestampMicros, width, height, bgr);
    }

    /** Whether pixels were produced. */
    public boolean isConverted() {
        return bgr != null;
    }
}
