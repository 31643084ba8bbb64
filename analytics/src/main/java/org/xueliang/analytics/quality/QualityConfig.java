package org.xueliang.analytics.quality;

import java.time.Duration;

/**
 * Settings of the video-quality diagnostics of a channel.
 *
 * @param enabled         whether the checks run at all
 * @param interval        capture time between two sampled frames (the checks are cheap but
 *                        need not run on every frame)
 * @param persistence     how long a check must keep failing before it is reported, so that a
 *                        passing truck or a camera's gain hunting is not a fault
 * @param baselineSamples samples that make the channel's baseline (sharpness, noise, colour,
 *                        texture) and its reference view; relative checks wait for them
 * @param signalLoss      time without frames after which the signal counts as lost
 * @param limits          thresholds
 */
public record QualityConfig(boolean enabled, Duration interval, Duration persistence, int baselineSamples,
        Duration signalLoss, QualityLimits limits) {

    public QualityConfig {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("quality 'interval' must be greater than zero, got " + interval);
        }
        if (persistence == null || persistence.isNegative()) {
            throw new IllegalArgumentException("quality 'persistence' must be zero or positive, got " + persistence);
        }
        if (baselineSamples < 1 || baselineSamples > 100) {
            throw new IllegalArgumentException(
                    "quality 'baselineSamples' must be between 1 and 100, got " + baselineSamples);
        }
        if (signalLoss == null || signalLoss.isNegative() || signalLoss.isZero()) {
            throw new IllegalArgumentException("quality 'signalLoss' must be greater than zero, got " + signalLoss);
        }
        if (limits == null) {
            throw new IllegalArgumentException("quality 'limits' must be set");
        }
    }

    /** @return checks every 2 s, reported after 6 s, a baseline of 4 samples, signal lost after 10 s */
    public static QualityConfig defaults() {
        return new QualityConfig(true, Duration.ofSeconds(2), Duration.ofSeconds(6), 4, Duration.ofSeconds(10),
                QualityLimits.defaults());
    }

    /** @return no checks */
    public static QualityConfig off() {
        return new QualityConfig(false, Duration.ofSeconds(2), Duration.ofSeconds(6), 4, Duration.ofSeconds(10),
                QualityLimits.defaults());
    }
}
