package org.xueliang.analytics.pipeline;

import org.xueliang.analytics.detect.DetectionConfig;
import org.xueliang.analytics.motion.MotionConfig;
import org.xueliang.analytics.motion.StaticChangeConfig;
import org.xueliang.analytics.quality.QualityConfig;
import org.xueliang.analytics.track.TrackerConfig;

/**
 * How a channel is analysed; the rules are given separately because they change at run time.
 *
 * @param motion       motion detector
 * @param detection    detectors and motion gating
 * @param tracker      tracker
 * @param quality      video-quality diagnostics
 * @param staticChange long-term background, used only when an abandoned-object or
 *                     object-removed rule exists
 * @param recordTracks whether finished tracks become {@code TrackRecord}s (best-view crop,
 *                     colour, JPEG)
 */
public record PipelineConfig(MotionConfig motion, DetectionConfig detection, TrackerConfig tracker,
        QualityConfig quality, StaticChangeConfig staticChange, boolean recordTracks) {

    public PipelineConfig {
        if (motion == null || detection == null || tracker == null || quality == null || staticChange == null) {
            throw new IllegalArgumentException("pipeline configuration needs motion, detection, tracker, quality and "
                    + "staticChange settings, got " + motion + ", " + detection + ", " + tracker + ", " + quality
                    + ", " + staticChange);
        }
    }

    /** @return default motion, no detector (tracks from motion), default tracker, quality checks on, tracks recorded */
    public static PipelineConfig defaults() {
        return new PipelineConfig(MotionConfig.defaults(), DetectionConfig.none(), TrackerConfig.defaults(),
                QualityConfig.defaults(), StaticChangeConfig.defaults(), true);
    }

    /**
     * The first release's analysis: motion and motion zones, no detector, no quality checks, no
     * track records.
     *
     * @param motion motion detector settings
     * @return the configuration
     */
    public static PipelineConfig motionOnly(MotionConfig motion) {
        return new PipelineConfig(motion, DetectionConfig.none(), TrackerConfig.defaults(), QualityConfig.off(),
                StaticChangeConfig.defaults(), false);
    }

    /** @return a copy with other detection settings */
    public PipelineConfig withDetection(DetectionConfig next) {
        return new PipelineConfig(motion, next, tracker, quality, staticChange, recordTracks);
    }

    /** @return a copy with other quality settings */
    public PipelineConfig withQuality(QualityConfig next) {
        return new PipelineConfig(motion, detection, tracker, next, staticChange, recordTracks);
    }

    /** @return a copy with other tracker settings */
    public PipelineConfig withTracker(TrackerConfig next) {
        return new PipelineConfig(motion, detection, next, quality, staticChange, recordTracks);
    }
}
