package org.xueliang.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.ingest.ChannelHealth;

/**
 * How long after people start walking a still channel raises its zone alert, with idle decoding on
 * and off: part (ii) of {@link IdleBench}. A channel's motion starts, in wall time, at the arrival
 * of its first picture plus {@link BenchClips#MOTION_START_SECONDS}: the file source plays the clip
 * in real time from its first picture on.
 */
final class MotionToAlert {
    /** The zone of {@link ChannelLoad}'s channels, where the footage's people walk. */
    private static final String ZONE = "paving";
    /** How long after the motion starts a channel may take to alert before it counts as missed. */
    private static final Duration ALERT_WAIT = Duration.ofSeconds(30);

    private MotionToAlert() {
    }

    /** First pictures and first alerts of every channel of one run, in wall time. */
    private static final class Arrivals {
        final Map<String, Instant> firstPicture = new ConcurrentHashMap<>();
        final Map<String, Instant> firstAlert = new ConcurrentHashMap<>();
        final AtomicInteger alertsBeforeMotion = new AtomicInteger();

        void event(AnalyticsEvent event) {
            if (!ZONE.equals(event.ruleId())) {
                return;
            }
            Instant now = Instant.now();
            Instant picture = firstPicture.get(event.channelId());
            if (picture != null && now.isBefore(motionStart(picture))) {
                alertsBeforeMotion.incrementAndGet();
            } else {
                firstAlert.putIfAbsent(event.channelId(), now);
            }
        }

        /** Health keeps the capture time of the last frame: polled often, the first one shows. */
        void poll(List<ChannelHealth> health) {
            health.forEach(h -> {
                if (h.lastFrameTime() != null) {
                    firstPicture.putIfAbsent(h.channelId(), h.lastFrameTime());
                }
            });
        }
    }

    static Table run(Path clip, int channels, Duration hold) throws Exception {
        Table table = new Table("motion to alert, " + channels + " channels, still " + BenchClips.MOTION_START_SECONDS
                + " s then people walking through the zone", List.of("idle decoding", "channels", "keyframes only "
                + "at motion", "alerted", "delay p50 s", "delay max s", "alerts before motion"));
        for (Duration idleHold : Arrays.asList(hold, null)) {
            Arrivals arrivals = new Arrivals();
            int switched;
            try (ChannelLoad load = new ChannelLoad(new FileSources(clip), Duration.ofSeconds(60), arrivals::event,
                    idleHold)) {
                Thread poller = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        arrivals.poll(load.health());
                        try {
                            // sampled frames come every 200 ms: polling at 20 ms sees the first one
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "first-picture-poller");
                poller.start();
                try {
                    load.resize(channels);
                    Instant lastStart = arrivals.firstPicture.values().stream().max(Instant::compareTo).orElseThrow();
                    sleepUntil(motionStart(lastStart).minusSeconds(1));
                    switched = (int) load.health().stream().filter(h -> h.inputFps() < 5).count();
                    sleepUntil(motionStart(lastStart).plus(ALERT_WAIT), () -> arrivals.firstAlert.size() == channels);
                } finally {
                    poller.interrupt();
                    poller.join();
                }
            }
            long[] delays = delaysMillis(arrivals);
            table.add(idleHold == null ? "off" : "after " + idleHold.toSeconds() + " s", Integer.toString(channels),
                    Integer.toString(switched), Integer.toString(delays.length),
                    delays.length == 0 ? "-"
                            : IdleBench.format("%.2f", AlertDeliveryBench.percentile(delays, 0.5) / 1e3),
                    delays.length == 0 ? "-" : IdleBench.format("%.2f", delays[delays.length - 1] / 1e3),
                    Integer.toString(arrivals.alertsBeforeMotion.get()));
        }
        return table;
    }

    private static long[] delaysMillis(Arrivals arrivals) {
        List<Long> delays = new ArrayList<>();
        arrivals.firstAlert.forEach((channel, alert) -> delays.add(
                Duration.between(motionStart(arrivals.firstPicture.get(channel)), alert).toMillis()));
        return delays.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static Instant motionStart(Instant firstPicture) {
        return firstPicture.plusMillis(Math.round(BenchClips.MOTION_START_SECONDS * 1000));
    }

    private static void sleepUntil(Instant time) throws InterruptedException {
        sleepUntil(time, () -> false);
    }

    private static void sleepUntil(Instant time, BooleanSupplier done) throws InterruptedException {
        while (Instant.now().isBefore(time) && !done.getAsBoolean()) {
            Thread.sleep(100);
        }
    }
}
