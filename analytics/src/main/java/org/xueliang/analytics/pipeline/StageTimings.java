package org.xueliang.analytics.pipeline;

import java.util.EnumMap;
import java.util.Map;

/**
 * Time spent in each stage of a channel's analysis since it started, for the benchmark. Stages
 * that run on some frames only (quality, static change) are still divided by all frames, so
 * that the per-frame figures add up to the channel's cost.
 *
 * @param frames frames analysed
 * @param nanos  nanoseconds spent per stage
 */
public record StageTimings(long frames, Map<Stage, Long> nanos) {
    public StageTimings {
        EnumMap<Stage, Long> all = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            all.put(s, nanos.getOrDefault(s, 0L));
        }
        nanos = Map.copyOf(all);
    }

    /** @return nanoseconds spent in the stage */
    public long nanos(Stage stage) {
        return nanos.get(stage);
    }

    /** @return milliseconds a frame spent in the stage on average; 0 before the first frame */
    public double millisPerFrame(Stage stage) {
        return frames == 0 ? 0 : nanos(stage) / 1e6 / frames;
    }

    /** @return milliseconds a frame spent in all stages together on average */
    public double totalMillisPerFrame() {
        double total = 0;
        for (Stage s : Stage.values()) {
            total += millisPerFrame(s);
        }
        return total;
    }

    /** @return the work done since {@code earlier}, for measuring an interval */
    public StageTimings minus(StageTimings earlier) {
        Map<Stage, Long> diff = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            diff.put(s, nanos(s) - earlier.nanos(s));
        }
        return new StageTimings(frames - earlier.frames(), diff);
    }
}
