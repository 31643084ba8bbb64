package org.xueliang.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Supplier;
import org.xueliang.analytics.pipeline.FrameAnalysis;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.ingest.VideoFrame;
import org.xueliang.server.pipeline.FrameTap;

/**
 * Sees every analysed frame where the server's live view would, and records how long after its
 * capture (the wall time ingest stamped when the picture left the decoder) its analysis ended,
 * with the time it ended, so that a spell can be cut into thirds.
 */
final class LatencyTap implements FrameTap {
    private long[] endNanos = new long[4096];
    private long[] latencyMicros = new long[4096];
    private int count;
    private Map<String, Long> perChannel = new HashMap<>();

    /**
     * The frames analysed since the last call: end times (System.nanoTime), latencies, and how
     * many frames each channel had analysed.
     */
    record Samples(long[] endNanos, long[] latencyMicros, Map<String, Long> perChannel) {
        /** Frames the channel had analysed. */
        long channelCount(String channelId) {
            return perChannel.getOrDefault(channelId, 0L);
        }

        /** Latencies of frames whose analysis ended in [from, to), sorted. */
        long[] latenciesBetween(long fromNanos, long toNanos) {
            long[] selected = new long[endNanos.length];
            int n = 0;
            for (int i = 0; i < endNanos.length; i++) {
                if (endNanos[i] >= fromNanos && endNanos[i] < toNanos) {
                    selected[n++] = latencyMicros[i];
                }
            }
            long[] sorted = Arrays.copyOf(selected, n);
            Arrays.sort(sorted);
            return sorted;
        }
    }

    @Override
    public void analysed(VideoFrame frame, FrameAnalysis analysis, Supplier<List<RuleConfig>> rules) {
        // the capture time comes from the ingest runtime's clock, the system clock in UTC
        long latency = ChronoUnit.MICROS.between(frame.captureTime(), Instant.now());
        record(frame.channelId(), System.nanoTime(), latency);
    }

    @Override
    public void stopped(String channelId) {
    }

    /** Hands over what was recorded and starts afresh. */
    synchronized Samples drain() {
        Samples samples = new Samples(Arrays.copyOf(endNanos, count), Arrays.copyOf(latencyMicros, count),
                Map.copyOf(perChannel));
        count = 0;
        perChannel = new HashMap<>();
        return samples;
    }

    private synchronized void record(String channelId, long now, long latency) {
        perChannel.merge(channelId, 1L, Long::sum);
        if (count == endNanos.length) {
            endNanos = Arrays.copyOf(endNanos, count * 2);
            latencyMicros = Arrays.copyOf(latencyMicros, count * 2);
        }
        endNanos[count] = now;
        latencyMicros[count] = latency;
        count++;
    }
}
