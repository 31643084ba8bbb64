package org.xueliang.analytics.detect;

import java.util.List;

/**
 * The detectors of a channel and how they are gated by motion.
 *
 * @param detectors detectors run on each region, in order; empty for motion-only tracking
 * @param gating    how regions are chosen
 */
public record DetectionConfig(List<DetectorConfig> detectors, GatingConfig gating) {
    public DetectionConfig {
        detectors = List.copyOf(detectors);
        Checks.require(gating != null, "detection", "gating", "set", null);
    }

    /** @return no detector: tracks come from motion alone */
    public static DetectionConfig none() {
        return new DetectionConfig(List.of(), GatingConfig.defaults());
    }
}
