package org.xueliang.analytics.track;

/**
 * Settings of the {@link Tracker}.
 *
 * @param minIou              smallest overlap between a track's predicted box and an observation
 *                            that associates them (0..1)
 * @param maxCentreDistance   largest distance between the predicted and the observed box centre
 *                            that still associates them, in diagonals of the larger box (&gt; 0);
 *                            catches small fast objects whose boxes no longer overlap
 * @param maxMissedFrames     frames a track survives without an observation (short occlusions)
 * @param minHits             observations before a track is confirmed and shown to the rules
 * @param velocitySmoothing   weight of the newest velocity measurement (0..1]
 * @param maxPathPoints       path points kept per track; longer paths are thinned evenly
 * @param motionCreatesTracks whether a motion blob that matches no track starts one (with no
 *                            detector configured this must be true to track anything)
 */
public record TrackerConfig(double minIou, double maxCentreDistance, int maxMissedFrames, int minHits,
        double velocitySmoothing, int maxPathPoints, boolean motionCreatesTracks) {

    public TrackerConfig {
        require(minIou >= 0 && minIou <= 1, "minIou", "between 0 and 1", minIou);
        require(maxCentreDistance > 0 && Double.isFinite(maxCentreDistance), "maxCentreDistance",
                "greater than 0", maxCentreDistance);
        require(maxMissedFrames >= 0 && maxMissedFrames <= 1000, "maxMissedFrames", "between 0 and 1000",
                maxMissedFrames);
        require(minHits >= 1 && minHits <= 100, "minHits", "between 1 and 100", minHits);
        require(velocitySmoothing > 0 && velocitySmoothing <= 1, "velocitySmoothing",
                "greater than 0 and at most 1", velocitySmoothing);
        require(maxPathPoints >= 2 && maxPathPoints <= 100_000, "maxPathPoints", "between 2 and 100000",
                maxPathPoints);
    }

    /**
     * Defaults for 5 fps: IoU 0.1 or centres within 1.5 diagonals, 5 missed frames (1 s of
     * occlusion), confirmed after 3 observations, 1,000 path points, motion starts tracks.
     *
     * @return the defaults
     */
    public static TrackerConfig defaults() {
        return new TrackerConfig(0.1, 1.5, 5, 3, 0.5, 1000, true);
    }

    private static void require(boolean ok, String key, String allowed, Object got) {
        if (!ok) {
            throw new IllegalArgumentException("tracker '" + key + "' must be " + allowed + ", got " + got);
        }
    }
}
