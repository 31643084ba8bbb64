package org.xueliang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.xueliang.alerts.store.DatabaseConfig;
import org.xueliang.analytics.AnalyticsEvent;

/**
 * Alert latency under the capacity benchmark's load: N live file channels through the server's
 * channel runtime ({@link ChannelLoad}), their events through the server's alert service (stored
 * with the outbox on the embedded H2 file store) to a console on the alert WebSocket and to an
 * MQTT subscriber of the local Mosquitto broker on 127.0.0.1:1883 (one of the rig's own when none
 * listens there) ({@link AlertBenchRig}). The zone and line
 * rules have a 5 s cooldown, so that every channel raises alerts all the time.
 *
 * <p>Measured for the events raised during the spell: capture to rule fired (the event reaching
 * the service), rule fired to the console and to the subscriber, and capture to each.
 */
public final class LiveLatencyBench {
    private static final Duration COOLDOWN = Duration.ofSeconds(5);
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration ARRIVAL_WAIT = Duration.ofSeconds(30);
    private static final int LOCAL_BROKER = 1883;

    private LiveLatencyBench() {
    }

    /** An alert as the receivers and the rule both know it. */
    private record Key(String channelId, String ruleId, long eventMillis) {
        static Key of(String channelId, String ruleId, Instant eventTime) {
            return new Key(channelId, ruleId, eventTime.toEpochMilli());
        }
    }

    /** When an event's rule fired and the event's time (its frame's capture time). */
    private record Fired(Instant eventTime, Instant firedAt) {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        Duration spell = Duration.ofSeconds(BenchArgs.positiveInt(rest, 0, "spellSeconds", 120));
        int channels = BenchArgs.positiveInt(rest, 1, "channels", 33);
        Resolution resolution = Resolution.parse(rest.size() > 2 ? rest.get(2) : "576");
        BenchLogging.warningsOnly();
        Path out = Files.createDirectories(repo.resolve("bench/target/results"));
        Path work = Files.createDirectories(repo.resolve("bench/target/latency-bench"));
        Path clip = BenchClips.h264(repo, repo.resolve("bench/target/clips"), resolution.width(), resolution.height());

        Map<Key, Fired> fired = new ConcurrentHashMap<>();
        AtomicBoolean recording = new AtomicBoolean();
        Table load = new Table("load during the spell", CapacityBench.STEP_HEADER);
        Table table;
        int broker = AlertDeliveryBench.reachable(LOCAL_BROKER) ? LOCAL_BROKER : 0;
        System.out.println(broker > 0 ? "MQTT: the local broker on 127.0.0.1:" + broker
                : "MQTT: nothing listens on 127.0.0.1:" + LOCAL_BROKER + ", a broker of the rig's own");
        try (AlertBenchRig rig = new AlertBenchRig(Files.createTempDirectory(work, "rig-"), new DatabaseConfig(
                "jdbc:h2:file:" + Files.createTempDirectory(work, "h2-").resolve("xueliang"), "sa", "", 8), broker);
             LoadSources sources = new FileSources(clip);
             ChannelLoad channelLoad = new ChannelLoad(sources, COOLDOWN, event -> {
                 if (recording.get()) {
                     fired.put(Key.of(event.channelId(), event.ruleId(), event.eventTime()),
                             new Fired(event.eventTime(), Instant.now()));
                 }
                 submit(rig, event);
             }, null)) {
            channelLoad.resize(channels);
            Thread.sleep(WARM_UP.toMillis());
            rig.reset();
            recording.set(true);
            LoadSpell measured = channelLoad.measure(spell);
            recording.set(false);
            load.add(CapacityBench.stepRow(resolution, sources.kind(), measured));
            awaitArrivals(rig, fired);
            table = results(fired, rig, spell, channels, resolution);
        }
        System.out.print(load.render());
        System.out.print(table.render());
        CapacityBench.write(out.resolve("latency-load.csv"), load);
        CapacityBench.write(out.resolve("latency.csv"), table);
    }

    private static void submit(AlertBenchRig rig, AnalyticsEvent event) {
        rig.alerts.submit(event).whenComplete((alert, error) -> {
            if (error != null) {
                System.err.println("alert not stored: " + error);
            }
        });
    }

    /** Waits until every event of the spell reached both receivers, or the wait runs out. */
    private static void awaitArrivals(AlertBenchRig rig, Map<Key, Fired> fired) throws InterruptedException {
        long deadline = System.nanoTime() + ARRIVAL_WAIT.toNanos();
        while (System.nanoTime() < deadline && (matched(rig.webSocketArrivals, fired).size() < fired.size()
                || matched(rig.mqttArrivals, fired).size() < fired.size())) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    /** The first arrival of each event of the spell. */
    private static Map<Key, Instant> matched(Iterable<AlertBenchRig.Arrival> arrivals, Map<Key, Fired> fired) {
        Map<Key, Instant> first = new HashMap<>();
        for (AlertBenchRig.Arrival arrival : arrivals) {
            Key key = Key.of(arrival.channelId(), arrival.ruleId(), arrival.eventTime());
            if (fired.containsKey(key)) {
                first.merge(key, arrival.arrived(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return first;
    }

    private static Table results(Map<Key, Fired> fired, AlertBenchRig rig, Duration spell, int channels,
                                 Resolution resolution) {
        Map<Key, Instant> webSocket = matched(rig.webSocketArrivals, fired);
        Map<Key, Instant> mqtt = matched(rig.mqttArrivals, fired);
        Table table = new Table(String.format(Locale.ROOT, "alert latency, %d file channels at %s, %d s spell, "
                        + "%d events (%.1f/s)", channels, resolution.label(), spell.toSeconds(), fired.size(),
                fired.size() / (double) spell.toSeconds()),
                List.of("path", "count", "missing", "p50 ms", "p99 ms", "max ms"));
        List<Long> captureToFired = new ArrayList<>();
        fired.values().forEach(f -> captureToFired.add(millis(f.eventTime(), f.firedAt())));
        table.add(row("capture -> rule fired", captureToFired, 0));
        table.add(row("rule fired -> WebSocket", between(fired, webSocket, false), fired.size() - webSocket.size()));
        table.add(row("rule fired -> MQTT", between(fired, mqtt, false), fired.size() - mqtt.size()));
        table.add(row("capture -> WebSocket", between(fired, webSocket, true), fired.size() - webSocket.size()));
        table.add(row("capture -> MQTT", between(fired, mqtt, true), fired.size() - mqtt.size()));
        return table;
    }

    private static List<Long> between(Map<Key, Fired> fired, Map<Key, Instant> arrivals, boolean fromCapture) {
        List<Long> latencies = new ArrayList<>();
        arrivals.forEach((key, arrived) -> {
            Fired f = fired.get(key);
            latencies.add(millis(fromCapture ? f.eventTime() : f.firedAt(), arrived));
        });
        return latencies;
    }

    private static String[] row(String path, List<Long> latencies, int missing) {
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new String[] {path, "0", Integer.toString(missing), "", "", ""};
        }
        return new String[] {path, Integer.toString(sorted.length), Integer.toString(missing),
                Long.toString(AlertDeliveryBench.percentile(sorted, 0.50)),
                Long.toString(AlertDeliveryBench.percentile(sorted, 0.99)), Long.toString(sorted[sorted.length - 1])};
    }

    private static long millis(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }
}
