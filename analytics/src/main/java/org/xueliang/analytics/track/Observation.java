package org.xueliang.analytics.track;

import org.xueliang.analytics.Box;

/**
 * One thing seen on one frame, handed to the {@link Tracker}: a detector's detection or a motion
 * blob no detection explains.
 *
 * @param box        normalised box
 * @param label      class label; {@link #MOTION} for a motion blob
 * @param confidence 0..1; 1 for motion
 * @param detected   whether a detector produced it (a motion blob otherwise)
 */
public record Observation(Box box, String label, double confidence, boolean detected) {
    /** Label of tracks that only motion has seen. */
    public static final String MOTION = "motion";

    /** @return a motion-blob observation */
    public static Observation motion(Box box) {
        return new Observation(box, MOTION, 1.0, false);
    }

    /** @return a detector observation */
    public static Observation detection(Box box, String label, double confidence) {
        return new Observation(box, label, confidence, true);
    }
}
