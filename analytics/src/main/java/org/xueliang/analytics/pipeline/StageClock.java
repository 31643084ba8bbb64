package org.xueliang.analytics.pipeline;

import java.util.EnumMap;
import java.util.Map;

/** Accumulates the time of each stage; owned by the analysis thread, read under the analyser's lock. */
final class StageClock {
    private final long[] nanos = new long[Stage.values().length];
    private long frames;
    private long lapStart;

    void startFrame() {
        frames++;
        lapStart = System.nanoTime();
    }

    /** Books the time since the last lap to the stage. */
    void lap(Stage stage) {
        long now = System.nanoTime();
        nanos[stage.ordinal()] += now - lapStart;
        lapStart = now;
    }

    StageTimings snapshot() {
        Map<Stage, Long> map = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            map.put(s, nanos[s.ordinal()]);
        }
        return new StageTimings(frames, map);
    }
}
