package org.xueliang.analytics.quality;

import org.xueliang.ingest.VideoFrame;

/**
 * Measures a frame for the {@link QualityJudge}. Keeps the previous sample and the reference view,
 * usually in native memory: one per channel, one thread at a time, closed with the channel.
 */
public interface QualityProbe extends AutoCloseable {

    /**
     * @param frame a sampled frame
     * @return its measurements; compares with the previous sample and the reference view
     */
    QualityMetrics measure(VideoFrame frame);

    /** Takes the last measured frame as the reference view for scene-change detection. */
    void adoptReference();

    @Override
    void close();
}
