package org.xueliang.analytics.detect;

/**
 * A Haar or LBP cascade classifier: one of those shipped inside the bytedeco OpenCV jar by file
 * name (for example {@code haarcascade_fullbody.xml}, {@code haarcascade_frontalface_default.xml},
 * {@code haarcascade_russian_plate_number.xml}, {@code lbpcascade_frontalface_improved.xml}) or
 * any cascade file by path.
 *
 * @param cascade         shipped cascade name or file path
 * @param label           class label of what it finds, for example {@code face}
 * @param scaleFactor     pyramid step, &gt; 1
 * @param minNeighbors    overlapping hits needed to keep a detection, 1..50
 * @param minSize         smallest object in pixels of the enlarged region
 * @param minRegionHeight pixels a region is enlarged to, at most four times, before detection
 */
public record CascadeDetectorConfig(String cascade, String label, double scaleFactor, int minNeighbors, int minSize,
        int minRegionHeight) implements DetectorConfig {

    public CascadeDetectorConfig {
        Checks.require(cascade != null && !cascade.isBlank(), "cascade", "cascade", "a shipped name or a path",
                cascade);
        Checks.require(label != null && !label.isBlank(), "cascade", "label", "a class name", label);
        Checks.require(scaleFactor > 1 && scaleFactor <= 2, "cascade", "scaleFactor", "greater than 1 and at most 2",
                scaleFactor);
        Checks.require(minNeighbors >= 1 && minNeighbors <= 50, "cascade", "minNeighbors", "between 1 and 50",
                minNeighbors);
        Checks.require(minSize >= 8 && minSize <= 1024, "cascade", "minSize", "between 8 and 1024", minSize);
        Checks.require(minRegionHeight >= 32 && minRegionHeight <= 2048, "cascade", "minRegionHeight",
                "between 32 and 2048", minRegionHeight);
    }

    /** @return the shipped cascade with step 1.1, 3 neighbours, 24-pixel objects, regions of 192 rows */
    public static CascadeDetectorConfig shipped(String cascade, String label) {
        return new CascadeDetectorConfig(cascade, label, 1.1, 3, 24, 192);
    }
}
