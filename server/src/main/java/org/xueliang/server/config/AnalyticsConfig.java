package org.xueliang.server.config;

import java.time.Duration;
import org.xueliang.analytics.pipeline.PipelineConfig;
import org.xueliang.ingest.SamplingConfig;

/**
 * How channels are analysed: defaults for channels that do not set their own sampling and zone
 * values, and the analysis every channel gets.
 *
 * @param fps          analysed frames per second, greater than 0, at most 30 (default 5)
 * @param width        analysis width in pixels, 160..1920 (default 640)
 * @param zoneDefaults defaults of zone rules
 * @param pipeline     detector, tracker, video-quality checks and track records of every channel
 *                     (default: tracks from motion, no detector, quality checks on, records on)
 * @param trackRetention how long a stored track record is kept after it was last seen (default 30 days)
 */
public record AnalyticsConfig(double fps, int width, ZoneDefaultsConfig zoneDefaults, PipelineConfig pipeline,
                              Duration trackRetention) {
    /** Track records are searchable for a month unless configured otherwise. */
    public static final Duration DEFAULT_TRACK_RETENTION = Duration.ofDays(30);

    /** The sampling a channel without its own {@code analysis} gets. */
    public SamplingConfig sampling() {
        return new SamplingConfig(fps, width);
    }
}
