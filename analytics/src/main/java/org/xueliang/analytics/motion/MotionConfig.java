package org.xueliang.analytics.motion;

/**
 * Settings of the motion detector. Sizes are fractions of the frame so that one setting fits
 * every analysis size.
 *
 * @param workingHeight         rows of the grey working image the frame is shrunk to (a frame
 *                              with fewer rows is used as is)
 * @param blurKernel            side of the Gaussian blur kernel in working pixels, odd; 1 = no blur
 * @param backgroundAlpha       weight of each new frame in the running-average background
 *                              (0..1]; at 5 fps, 0.02 forgets a change in about 10 s
 * @param pixelThreshold        grey-level difference to the background that counts as change (1..254)
 * @param dilateIterations      3x3 dilations that join the parts of one moving object (0..10)
 * @param minBlobArea           smallest blob reported, as a fraction of the frame area [0..1)
 * @param recalibrationFraction changed fraction of the frame above which the change is taken as
 *                              global (lights, camera gain) and the background is reset (0..1]
 * @param recalibrationFrames   frames after such a reset during which the background follows the
 *                              picture and no motion is reported (0..100)
 * @param warmupFrames          frames whose per-pixel median becomes the first background, at
 *                              start-up and after a frame size change; no motion is reported
 *                              meanwhile (1..50; 1 takes the first frame as it is)
 * @param maxShake              largest shift of the whole picture against the background that is
 *                              taken as camera shake and compensated before comparing, as a
 *                              fraction of the frame width [0..0.25]; 0 turns compensation off.
 *                              A larger shift is a camera move (PTZ, a knocked mount): the
 *                              background is reset as for a global change
 */
public record MotionConfig(
        int workingHeight,
        int blurKernel,
        double backgroundAlpha,
        int pixelThreshold,
        int dilateIterations,
        double minBlobArea,
        double recalibrationFraction,
        int recalibrationFrames,
        int warmupFrames,
        double maxShake) {

    public MotionConfig {
        requireRange("workingHeight", workingHeight, 16, 1080);
        if (blurKernel < 1 || blurKernel > 31 || blurKernel % 2 == 0) {
            throw new InvalidMotionConfigException(
                    "'blurKernel' must be an odd number between 1 and 31, got " + blurKernel);
        }
        if (!(backgroundAlpha > 0 && backgroundAlpha <= 1)) {
            throw new InvalidMotionConfigException(
                    "'backgroundAlpha' must be greater than 0 and at most 1, got " + backgroundAlpha);
        }
        requireRange("pixelThreshold", pixelThreshold, 1, 254);
        requireRange("dilateIterations", dilateIterations, 0, 10);
        if (!(minBlobArea >= 0 && minBlobArea < 1)) {
            throw new InvalidMotionConfigException(
                    "'minBlobArea' must be at least 0 and less than 1, got " + minBlobArea);
        }
        if (!(recalibrationFraction > 0 && recalibrationFraction <= 1)) {
            throw new InvalidMotionConfigException(
                    "'recalibrationFraction' must be greater than 0 and at most 1, got " + recalibrationFraction);
        }
        requireRange("recalibrationFrames", recalibrationFrames, 0, 100);
        requireRange("warmupFrames", warmupFrames, 1, 50);
        if (!(maxShake >= 0 && maxShake <= 0.25)) {
            throw new InvalidMotionConfigException("'maxShake' must be between 0 and 0.25, got " + maxShake);
        }
    }

    /**
     * Defaults for about 5 fps: a 120-row working image, 5x5 blur, threshold 25, two dilations,
     * blobs from 0.05% of the frame, recalibration when half of the frame changes at once, a
     * first background from the median of 9 frames (under 2 s), camera shake compensated up to
     * 5% of the frame width (32 px at 640: a pole-mounted camera sways a few pixels in wind).
     *
     * @return the default settings
     */
    public static MotionConfig defaults() {
        return new MotionConfig(120, 5, 0.02, 25, 2, 0.0005, 0.5, 3, 9, 0.05);
    }

    private static void requireRange(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidMotionConfigException(
                    "'" + key + "' must be between " + min + " and " + max + ", got " + value);
        }
    }
}
