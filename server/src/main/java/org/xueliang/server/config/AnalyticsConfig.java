package org.xueliang.server.config;

import org.xueliang.ingest.SamplingConfig;

/**
 * Analysis defaults for channels that do not set their own.
 *
 * @param fps          analysed frames per second, greater than 0, at most 30 (default 5)
 * @param width        analysis width in pixels, 160..1920 (default 640)
 * @param zoneDefaults defaults of zone rules
 */
public record AnalyticsConfig(double fps, int width, ZoneDefaultsConfig zoneDefaults) {

    /** The sampling a channel without its own {@code analysis} gets. */
    public SamplingConfig sampling() {
        return new SamplingConfig(fps, width);
    }
}
