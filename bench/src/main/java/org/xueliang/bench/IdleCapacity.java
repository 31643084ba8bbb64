package org.xueliang.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.xueliang.ingest.ChannelHealth;

/**
 * How many still channels decoding keyframes alone the machine keeps in real time: part (i) of
 * {@link IdleBench}.
 */
final class IdleCapacity {
    /** GOP of the bench clips: a keyframe every 50 pictures. */
    private static final double KEYFRAMES_PER_SECOND = ChannelLoad.CLIP_FRAME_RATE / 50;
    /** Input below this counts as keyframes alone: a tenth of the pictures of a fully decoding channel. */
    private static final double KEYFRAME_MODE_BELOW = ChannelLoad.CLIP_FRAME_RATE / 10;
    /** After the hold, the health rates need their 5 s window before they show the switch. */
    private static final Duration SWITCH_WAIT = Duration.ofSeconds(20);

    private IdleCapacity() {
    }

    /** Steps from {@code start} channels up by {@code step} until a spell is not sustained or {@code max} ran. */
    static Table run(Path still, Duration hold, Duration spell, int start, int step, int max) throws Exception {
        Table table = new Table("idle channels, still 704x576@25 scene (GOP 50), idle decoding after "
                + hold.toSeconds()
                + " s, spells of " + spell.toSeconds() + " s", List.of("channels", "keyframes only", "in real time",
                "process CPU % of a core", "CPU ms per channel-s", "dropped", "analysed", "events",
                "latency p99 last third ms", "sustained"));
        Map<String, Long> events = new ConcurrentHashMap<>();
        try (ChannelLoad load = new ChannelLoad(new FileSources(still), Duration.ofSeconds(60),
                event -> events.merge(event.type() + " " + event.ruleId(), 1L, Long::sum), hold)) {
            for (int n = start; n <= max; n = n == max ? max + 1 : Math.min(max, n + step)) {
                load.resize(n);
                int switched = awaitKeyframes(load, hold);
                events.clear();
                LoadSpell result = load.measure(spell);
                int inRealTime = inRealTime(result);
                boolean sustained = inRealTime == n && result.dropped() == 0 && result.latencyHolds();
                table.add(Integer.toString(n), Integer.toString(switched), Integer.toString(inRealTime),
                        IdleBench.format("%.1f", result.processCpuPercent()),
                        IdleBench.format("%.2f", result.cpuMillisPerChannelSecond()), Long.toString(result.dropped()),
                        Long.toString(result.analysed()), events.isEmpty() ? "none" : new TreeMap<>(events).toString(),
                        IdleBench.format("%.0f", result.lastThird().p99Micros() / 1e3),
                        sustained ? "yes" : "no: " + why(result, inRealTime));
                System.out.println(n + " channels: " + switched + " keyframes only, " + inRealTime + " in real time, "
                        + (sustained ? "sustained" : "not sustained"));
                if (!sustained) {
                    break;
                }
            }
        }
        return table;
    }

    private static String why(LoadSpell result, int inRealTime) {
        List<String> reasons = new ArrayList<>();
        if (inRealTime < result.channels()) {
            reasons.add((result.channels() - inRealTime) + " behind real time");
        }
        if (result.dropped() > 0) {
            reasons.add(result.dropped() + " dropped");
        }
        if (!result.latencyHolds()) {
            reasons.add("latency grows (p99 " + result.firstThird().p99Micros() / 1000 + " to "
                    + result.lastThird().p99Micros() / 1000 + " ms)");
        }
        return String.join("; ", reasons);
    }

    /**
     * Waits until every channel's input is at keyframe rate, or the hold and the health window
     * have passed without it (a source that cannot decode keyframes alone goes on with all).
     *
     * @return channels at keyframe rate
     */
    private static int awaitKeyframes(ChannelLoad load, Duration hold) throws InterruptedException {
        long deadline = System.nanoTime() + hold.plus(SWITCH_WAIT).toNanos();
        int switched = 0;
        while (System.nanoTime() < deadline) {
            List<ChannelHealth> health = load.health();
            switched = (int) health.stream().filter(h -> h.inputFps() < KEYFRAME_MODE_BELOW).count();
            if (switched == health.size()) {
                break;
            }
            Thread.sleep(500);
        }
        return switched;
    }

    /**
     * Channels that decoded what real time delivers in their mode: a keyframe every 2 s when at
     * keyframe rate (one short for the spell's ends), every picture otherwise.
     */
    private static int inRealTime(LoadSpell spell) {
        int count = 0;
        for (LoadSpell.ChannelFigures channel : spell.perChannel()) {
            double rate = channel.pictures() / spell.seconds();
            boolean keyframes = rate < KEYFRAME_MODE_BELOW;
            double expected = keyframes ? KEYFRAMES_PER_SECOND * spell.seconds() - 1
                    : ChannelLoad.CLIP_FRAME_RATE * spell.seconds() * LoadSpell.MIN_INPUT_SHARE;
            if (channel.pictures() >= expected) {
                count++;
            }
        }
        return count;
    }
}
