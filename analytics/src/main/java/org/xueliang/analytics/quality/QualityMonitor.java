package org.xueliang.analytics.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.xueliang.ingest.VideoFrame;

/**
 * Runs the video-quality diagnostics of one channel at a low rate: every frame clears a signal
 * loss, one frame per {@link QualityConfig#interval()} of capture time is measured by the probe
 * and judged. Not thread-safe: fed by the channel's analysis thread; closes its probe.
 */
public final class QualityMonitor implements AutoCloseable {
    private final QualityConfig config;
    private final QualityProbe probe;
    private final QualityJudge judge;
    private Instant lastSample;
    private QualityMetrics lastMetrics;

    public QualityMonitor(QualityConfig config, QualityProbe probe) {
        this.config = config;
        this.probe = probe;
        this.judge = new QualityJudge(config);
    }

    /**
     * @param frame the channel's next frame
     * @return checks reported on this frame; empty on frames that are not sampled
     */
    public List<QualityFinding> offer(VideoFrame frame) {
        judge.frameArrived();
        Instant time = frame.captureTime();
        if (lastSample != null && time.isBefore(lastSample)) {
            lastSample = null;
        }
        if (lastSample != null && Duration.between(lastSample, time).compareTo(config.interval()) < 0) {
            return List.of();
        }
        lastSample = time;
        lastMetrics = probe.measure(frame);
        QualityJudge.Assessment assessment = judge.judge(lastMetrics);
        if (assessment.adoptReference()) {
            probe.adoptReference();
        }
        return assessment.findings();
    }

    /** @see QualityJudge#signal(Duration, Instant) */
    public Optional<QualityFinding> signal(Duration sinceLastFrame, Instant now) {
        return judge.signal(sinceLastFrame, now);
    }

    /** @return the checks currently failing */
    public Set<QualityCheck> active() {
        return judge.active();
    }

    /** @return the channel's health score 0..100 */
    public int healthScore() {
        return judge.healthScore();
    }

    /** @return the last sample's measurements, empty before the first */
    public Optional<QualityMetrics> lastMetrics() {
        return Optional.ofNullable(lastMetrics);
    }

    @Override
    public void close() {
        probe.close();
    }
}
