package org.xueliang.analytics.detect;

/**
 * OpenCV's HOG + linear SVM people detector. Finds upright people at least the model's window
 * tall, so small regions are enlarged to {@code minRegionHeight} first.
 *
 * @param model           which of OpenCV's built-in people models to use
 * @param hitThreshold    SVM margin a window must exceed (0 is OpenCV's default; higher is stricter)
 * @param scaleStep       image pyramid step, &gt; 1 (1.05 finds more, 1.2 is faster)
 * @param minRegionHeight pixels a region is enlarged to, at most four times, before detection
 * @param minConfidence   detections below this confidence (0..1) are dropped
 */
public record HogDetectorConfig(Model model, double hitThreshold, double scaleStep, int minRegionHeight,
        double minConfidence) implements DetectorConfig {

    /** OpenCV's built-in people models. */
    public enum Model {
        /** {@code getDefaultPeopleDetector}: 64x128 window, people about 96 pixels tall and more. */
        DEFAULT_64X128,
        /** {@code getDaimlerPeopleDetector}: 48x96 window, for smaller people. */
        DAIMLER_48X96
    }

    public HogDetectorConfig {
        Checks.require(model != null, "HOG", "model", "DEFAULT_64X128 or DAIMLER_48X96", model);
        Checks.require(Double.isFinite(hitThreshold), "HOG", "hitThreshold", "finite", hitThreshold);
        Checks.require(scaleStep > 1 && scaleStep <= 2, "HOG", "scaleStep", "greater than 1 and at most 2", scaleStep);
        Checks.require(minRegionHeight >= 64 && minRegionHeight <= 2048, "HOG", "minRegionHeight",
                "between 64 and 2048", minRegionHeight);
        Checks.require(minConfidence >= 0 && minConfidence <= 1, "HOG", "minConfidence", "between 0 and 1",
                minConfidence);
    }

    /** @return the 64x128 model, threshold 0, step 1.05, regions enlarged to 256 rows, confidence 0.3 */
    public static HogDetectorConfig defaults() {
        return new HogDetectorConfig(Model.DEFAULT_64X128, 0, 1.05, 256, 0.3);
    }
}
