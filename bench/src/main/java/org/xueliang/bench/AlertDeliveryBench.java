package org.xueliang.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.xueliang.alerts.store.DatabaseConfig;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.Box;

/**
 * Alert throughput and latency through the whole alert path: stored (alert, snapshot and two
 * outbox rows in one transaction), pushed to a WebSocket console, delivered to MQTT (QoS 1, a
 * Mosquitto broker of its own) and to a webhook. Rates: alerts stored per second from the first
 * submission until every alert is committed; messages delivered per second until the last
 * acknowledgement (two per alert). Latencies: from the event time an alert carries to its arrival
 * at the console and at the MQTT subscriber, p50 and p99.
 *
 * <p>Rounds: a paced one (50 alerts/s, a busy county) for latency, a burst (as fast as the store
 * takes them, at most 512 outstanding) for throughput; on the embedded H2 file store and, when
 * it answers on 127.0.0.1:5432, on PostgreSQL. Each alert has a 16 KiB snapshot.
 */
public final class AlertDeliveryBench {
    private static final int PACED_ALERTS = 1000;
    private static final double PACED_RATE = 50;
    private static final int BURST_ALERTS = 3000;
    private static final int MAX_OUTSTANDING = 512;
    private static final byte[] SNAPSHOT = snapshot(16 * 1024);
    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private AlertDeliveryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path out = Files.createDirectories(repo.resolve("bench/target/results"));
        Path work = Files.createDirectories(repo.resolve("bench/target/alerts-bench"));
        Table table = new Table("alert path: store + outbox -> WebSocket, MQTT (QoS 1), webhook; "
                + Runtime.getRuntime().availableProcessors() + " cores",
                List.of("store", "round", "alerts", "stored/s", "delivered/s", "ws p50 ms", "ws p99 ms",
                        "mqtt p50 ms", "mqtt p99 ms"));
        List<String[]> stores = new ArrayList<>();
        Path h2 = Files.createTempDirectory(work, "h2-");
        stores.add(new String[] {"h2 file", "jdbc:h2:file:" + h2.resolve("xueliang")});
        if (reachable(5432)) {
            String schema = "xl_bench_" + Long.toHexString(System.nanoTime());
            execute("CREATE SCHEMA " + schema);
            stores.add(new String[] {"postgresql", PG_URL + "?currentSchema=" + schema, schema});
        }
        for (String[] store : stores) {
            DatabaseConfig config = new DatabaseConfig(store[1], store[0].equals("h2 file") ? "sa" : "postgres", "", 8);
            try (AlertBenchRig rig = new AlertBenchRig(Files.createTempDirectory(work, "rig-"), config)) {
                round(rig, 200, 0);
                table.add(row(store[0], "paced 50/s", round(rig, PACED_ALERTS, PACED_RATE)));
                table.add(row(store[0], "burst", round(rig, BURST_ALERTS, 0)));
            } finally {
                if (store.length > 2) {
                    execute("DROP SCHEMA " + store[2] + " CASCADE");
                }
            }
        }
        System.out.print(table.render());
        Path csv = out.resolve("alert-delivery.csv");
        Files.writeString(csv, table.csv());
        System.out.println("written " + csv);
    }

    /** What one round measured. */
    private record Result(int alerts, double storedPerSecond, double deliveredPerSecond, long[] webSocket,
                          long[] mqtt) {
    }

    /**
     * Submits {@code alerts} events, paced at {@code rate} per second or as fast as accepted (0),
     * and waits until each reached the console, the broker's subscriber and the webhook.
     */
    private static Result round(AlertBenchRig rig, int alerts, double rate) throws Exception {
        rig.reset();
        Semaphore outstanding = new Semaphore(MAX_OUTSTANDING);
        long start = System.nanoTime();
        for (int i = 0; i < alerts; i++) {
            if (rate > 0) {
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            outstanding.acquire();
            rig.alerts.submit(new AnalyticsEvent("bench-" + (i % 8), "zone-" + (i % 4), "ZONE_INTRUSION",
                            Instant.now(), List.of(new Box(10, 20, 30, 60)), SNAPSHOT))
                    .whenComplete((alert, error) -> {
                        outstanding.release();
                        if (error != null) {
                            System.err.println("alert not stored: " + error);
                        }
                    });
        }
        outstanding.acquire(MAX_OUTSTANDING);
        long stored = System.nanoTime();
        long deadline = stored + TimeUnit.MINUTES.toNanos(5);
        while (rig.delivered.get() < 2 * alerts || rig.toWebSocket.size() < alerts || rig.toMqtt.size() < alerts) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not everything arrived within 5 min: delivered " + rig.delivered.get()
                        + " of " + 2 * alerts + ", console " + rig.toWebSocket.size() + ", mqtt " + rig.toMqtt.size());
            }
            Thread.sleep(5);
        }
        return new Result(alerts, alerts / seconds(start, stored), 2 * alerts / seconds(start, rig.lastDeliveredNanos),
                sorted(rig.toWebSocket), sorted(rig.toMqtt));
    }

    private static String[] row(String store, String round, Result result) {
        return new String[] {store, round, Integer.toString(result.alerts()),
                String.format(Locale.ROOT, "%.0f", result.storedPerSecond()),
                String.format(Locale.ROOT, "%.0f", result.deliveredPerSecond()),
                Long.toString(percentile(result.webSocket(), 0.50)), Long.toString(percentile(result.webSocket(), 0.99)),
                Long.toString(percentile(result.mqtt(), 0.50)), Long.toString(percentile(result.mqtt(), 0.99))};
    }

    private static long[] sorted(Iterable<Long> values) {
        List<Long> list = new ArrayList<>();
        values.forEach(list::add);
        long[] array = list.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(array);
        return array;
    }

    /** Nearest-rank percentile. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static byte[] snapshot(int size) {
        byte[] jpeg = new byte[size];
        for (int i = 0; i < size; i++) {
            jpeg[i] = (byte) (i * 31 + 7);
        }
        jpeg[0] = (byte) 0xff;
        jpeg[1] = (byte) 0xd8;
        return jpeg;
    }

    static boolean reachable(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(PG_URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
