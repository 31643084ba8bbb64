package org.xueliang.server.pipeline;

import java.util.List;
import java.util.function.Supplier;
import org.xueliang.analytics.pipeline.FrameAnalysis;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.ingest.VideoFrame;

/**
 * Sees every analysed frame, on the channel's analysis thread, after its events went on: the live
 * view's hook. Must return quickly and must not keep the thread when nobody watches.
 */
public interface FrameTap {
    /** A tap that ignores everything. */
    FrameTap NONE = new FrameTap() {
        @Override
        public void analysed(VideoFrame frame, FrameAnalysis analysis, Supplier<List<RuleConfig>> rules) {
        }

        @Override
        public void stopped(String channelId) {
        }
    };

    /**
     * @param frame    the frame, unmodified
     * @param analysis what the frame produced
     * @param rules    the rules in force, asked for only when needed
     */
    void analysed(VideoFrame frame, FrameAnalysis analysis, Supplier<List<RuleConfig>> rules);

    /** The channel stopped: forget its frames. */
    void stopped(String channelId);
}
