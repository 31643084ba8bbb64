package org.xueliang.analytics.motion;

/**
 * A binary foreground mask at the detector's working size.
 *
 * @param width  mask width in pixels
 * @param height mask height in pixels
 * @param pixels row-major, one byte a pixel: 0 for background, 255 (-1 as a Java byte) for motion
 */
public record MotionMask(int width, int height, byte[] pixels) {
    public MotionMask {
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(
                    "mask of " + width + "x" + height + " must hold " + width * height + " bytes, got "
                            + pixels.length);
        }
    }

    /** @return whether the pixel at column {@code x}, row {@code y} is foreground */
    public boolean isSet(int x, int y) {
        return pixels[y * width + x] != 0;
    }

    /** @return the number of foreground pixels */
    public int count() {
        int n = 0;
        for (byte p : pixels) {
            if (p != 0) {
                n++;
            }
        }
        return n;
    }
}
