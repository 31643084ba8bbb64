package org.xueliang.ingest.sampling;

/**
 * Decides which decoded frames go to analysis so that analysis sees about the target frame rate.
 *
 * <p>The decision has to be made before a frame is decoded, because the decoder converts a frame to
 * BGR only when asked to at decode time. The sampler therefore predicts the next timestamp from the
 * last one and the last frame interval, and picks the frame nearest to each due time on a grid of
 * {@code 1 / targetFps}. Due times advance on the grid rather than from the picked frame, so the
 * average rate stays on target when the input rate is not a multiple of it (25 in, 10 out picks
 * frames 0, 2, 5, 7, 10, ...).
 *
 * <p>Use: {@code boolean s = sampler.sampleNext(); decode(s); sampler.decoded(timestamp, s);}.
 * Not thread-safe; one sampler per session.
 */
public final class FrameSampler {
    private static final long NONE = Long.MIN_VALUE;
    /** Longer gaps between frames are outages, not the frame interval. */
    private static final long MAX_FRAME_INTERVAL_MICROS = 2_000_000;

    private final long intervalMicros;
    private long frameDeltaMicros;
    private long lastTimestamp = NONE;
    private long lastSampledTimestamp = NONE;
    private long nextDue = NONE;

    /**
     * @param targetFps frames per second wanted by analysis
     * @param inputFps  nominal input frame rate, or 0 when unknown (learnt from the first frames)
     */
    public FrameSampler(double targetFps, double inputFps) {
        if (!(targetFps > 0) || Double.isInfinite(targetFps)) {
            throw new IllegalArgumentException("target fps must be positive and finite, got " + targetFps);
        }
        this.intervalMicros = Math.max(1, Math.round(1_000_000 / targetFps));
        this.frameDeltaMicros = inputFps > 0 && Double.isFinite(inputFps) ? Math.round(1_000_000 / inputFps) : 0;
    }

    /** Whether the frame about to be decoded should be converted and analysed. */
    public boolean sampleNext() {
        if (nextDue == NONE || lastTimestamp < lastSampledTimestamp) {
            // first frame, or time went backwards (a looped file, a restarted encoder): start again
            return true;
        }
        long predicted = lastTimestamp + frameDeltaMicros;
        return predicted >= nextDue - frameDeltaMicros / 2;
    }

    /**
     * Records a decoded frame.
     *
     * @param timestampMicros its presentation timestamp
     * @param sampled         whether it was converted for analysis
     */
    public void decoded(long timestampMicros, boolean sampled) {
        if (lastTimestamp != NONE) {
            long delta = timestampMicros - lastTimestamp;
            if (delta > 0 && delta <= MAX_FRAME_INTERVAL_MICROS) {
                frameDeltaMicros = delta;
            }
        }
        if (sampled) {
            boolean resync = nextDue == NONE
                    || timestampMicros < lastSampledTimestamp
                    || timestampMicros >= nextDue + intervalMicros;
            nextDue = resync ? timestampMicros + intervalMicros : nextDue + intervalMicros;
            lastSampledTimestamp = timestampMicros;
        }
        lastTimestamp = timestampMicros;
    }
}
