package org.xueliang.analytics.motion;

import java.time.Duration;

/**
 * Settings of the {@link StaticChangeDetector}.
 *
 * @param interval       capture time between two samples; static changes need no frame rate
 * @param workingHeight  rows of the grey working image
 * @param longTerm       time constant of the long-term background: how long something must
 *                       stay before it becomes part of the scene
 * @param shortTerm      time constant of the short-term background: how long something must
 *                       stay still before it counts as static rather than moving
 * @param pixelThreshold grey-level difference that counts as change (1..254)
 * @param minArea        smallest change reported, as a fraction of the frame
 * @param globalChange   fraction of the picture differing from the long-term background above
 *                       which the change is taken as lighting and both backgrounds are learned
 *                       afresh (0..1]
 * @param absorbAfter    a change older than this becomes part of the long-term background
 * @param learnSamples   samples whose per-pixel median becomes the backgrounds, at start-up and
 *                       after a lighting change, so that people passing meanwhile leave no
 *                       ghosts that would later look like removed objects (1..50)
 */
public record StaticChangeConfig(Duration interval, int workingHeight, Duration longTerm, Duration shortTerm,
        int pixelThreshold, double minArea, double globalChange, Duration absorbAfter, int learnSamples) {

    public StaticChangeConfig {
        positive("interval", interval);
        positive("longTerm", longTerm);
        positive("shortTerm", shortTerm);
        positive("absorbAfter", absorbAfter);
        if (shortTerm.compareTo(longTerm) >= 0 || interval.compareTo(shortTerm) > 0) {
            throw new InvalidMotionConfigException("static change: 'interval' <= 'shortTerm' < 'longTerm' must hold, got "
                    + interval + ", " + shortTerm + ", " + longTerm);
        }
        if (workingHeight < 16 || workingHeight > 1080) {
            throw new InvalidMotionConfigException(
                    "static change: 'workingHeight' must be between 16 and 1080, got " + workingHeight);
        }
        if (pixelThreshold < 1 || pixelThreshold > 254) {
            throw new InvalidMotionConfigException(
                    "static change: 'pixelThreshold' must be between 1 and 254, got " + pixelThreshold);
        }
        if (learnSamples < 1 || learnSamples > 50) {
            throw new InvalidMotionConfigException(
                    "static change: 'learnSamples' must be between 1 and 50, got " + learnSamples);
        }
        if (!(minArea >= 0 && minArea < 1) || !(globalChange > 0 && globalChange <= 1)) {
            throw new InvalidMotionConfigException("static change: 'minArea' must be in [0, 1) and 'globalChange' in "
                    + "(0, 1], got " + minArea + " and " + globalChange);
        }
    }

    /**
     * @return a sample a second on 120 rows, long-term background over 5 minutes, static after
     *         4 s still, threshold 30, changes from 0.1% of the frame, relearn when 40% changes,
     *         absorbed after 10 minutes, backgrounds learned from the median of 5 samples
     */
    public static StaticChangeConfig defaults() {
        return new StaticChangeConfig(Duration.ofSeconds(1), 120, Duration.ofMinutes(5), Duration.ofSeconds(4), 30,
                0.001, 0.4, Duration.ofMinutes(10), 5);
    }

    private static void positive(String key, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new InvalidMotionConfigException("static change: '" + key + "' must be greater than zero, got " + d);
        }
    }
}
