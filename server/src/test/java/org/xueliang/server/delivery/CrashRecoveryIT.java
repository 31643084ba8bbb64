package org.xueliang.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xueliang.server.acceptance.TestPaths;
import org.xueliang.server.delivery.WebhookReceiver.Answer;

/**
 * Acceptance 6: the packaged server is killed with SIGKILL while it produces and delivers alerts
 * (at least 1,000 stored), restarted on the same data, and then every stored alert reaches every
 * subscriber: a webhook receiver and an MQTT subscriber. Duplicates are allowed only under the
 * same idempotency key.
 *
 * <p>The load is real: demo footage channels whose zones have no cooldown, and no merge window,
 * so every analysed frame with someone on the footpath raises an alert with its snapshot, through
 * the same path as any camera's. No test hook exists in the server.
 */
class CrashRecoveryIT {
    private static final int KILL_AT = 1000;
    private static final int CHANNELS = 4;
    private static final int ZONES = 4;
    private static final Duration PRODUCE_WITHIN = Duration.ofMinutes(3);
    private static final Duration DRAIN_WITHIN = Duration.ofMinutes(2);

    @Test
    void afterASigkillEveryStoredAlertReachesEverySubscriber() throws Exception {
        Path work = TestPaths.workDir("crash");
        int port = TestPaths.freePort();
        try (Mosquitto broker = Mosquitto.start(work);
             MqttRecorder mqtt = MqttRecorder.subscribe(broker.url(), "xueliang/+/+/alerts");
             WebhookReceiver webhook = WebhookReceiver.start(request -> new Answer(200, "ok"))) {
            // merging off: every intrusion is an alert of its own, as with a merge window shorter than the cooldown
            String sections = """
                    workflow: {mergeWindow: 0s}
                    delivery:
                      concurrency: 32
                      pollInterval: 200ms
                      retry: {maxAttempts: 20, initialDelay: 200ms, maxDelay: 2s}
                      webhook: {timeout: 2s}
                      mqtt: {url: "%s", clientId: it-crash, timeout: 2s}
                    """.formatted(broker.url());
            Counts beforeKill;
            try (JarServer first = JarServer.start(work, "first-run", port, sections)) {
                first.api.call("POST", "/api/v1/subscriptions", "{\"id\": \"hook\", \"channel\": \"webhook-generic\", "
                        + "\"url\": \"" + webhook.url("/hook") + "\", \"secret\": \"whsec-0123456789abcdef\"}", 201);
                first.api.call("POST", "/api/v1/subscriptions", "{\"id\": \"mqtt\", \"channel\": \"mqtt\"}", 201);
                for (int c = 1; c <= CHANNELS; c++) {
                    first.api.call("POST", "/api/v1/channels", DemoChannel.json("cam-" + c, ZONES, "0s"), 201);
                }
                ItSupport.await(PRODUCE_WITHIN, () -> storedAlerts(first.api) >= KILL_AT,
                        () -> "fewer than " + KILL_AT + " alerts stored: " + storedAlerts(first.api));
                long earlier = storedAlerts(first.api);
                Thread.sleep(300);
                beforeKill = new Counts(earlier, storedAlerts(first.api), first.api.deliveries("PENDING")
                        + first.api.deliveries("SENDING"), webhook.requests().size(), mqtt.messages().size());
                first.kill();
            }
            try (JarServer second = JarServer.start(work, "second-run", port, sections)) {
                for (int c = 1; c <= CHANNELS; c++) {
                    second.api.call("DELETE", "/api/v1/channels/cam-" + c, null, 204);
                }
                ItSupport.await(DRAIN_WITHIN, () -> second.api.deliveries("PENDING")
                        + second.api.deliveries("SENDING") == 0, () -> "deliveries still waiting after the restart");
                Set<String> stored = second.api.all("/api/v1/alerts", "alerts").stream()
                        .map(alert -> alert.path("id").asText()).collect(Collectors.toSet());
                Delivered hook = delivered(webhook.requests().stream()
                        .map(request -> Api.parse(request.text())).toList(), "hook");
                Delivered viaMqtt = delivered(mqtt.messages().stream().map(m -> Api.parse(m.payload())).toList(),
                        "mqtt");
                String report = "stored before kill " + beforeKill.stored() + ", waiting deliveries at kill "
                        + beforeKill.waiting() + ", webhook requests before kill " + beforeKill.webhook()
                        + ", MQTT messages before kill " + beforeKill.mqtt() + "; after restart: stored " + stored.size()
                        + ", webhook alerts " + hook.alerts().size() + " (" + hook.messages() + " requests, "
                        + hook.duplicates() + " duplicates), MQTT alerts " + viaMqtt.alerts().size() + " ("
                        + viaMqtt.messages() + " messages, " + viaMqtt.duplicates() + " duplicates), dead "
                        + second.api.deliveries("DEAD");
                System.out.println("CrashRecoveryIT: " + report);
                Files.writeString(work.resolve("counts.txt"), report + "\n");

                assertThat(beforeKill.stored()).isGreaterThanOrEqualTo(KILL_AT);
                assertThat(beforeKill.stored()).as("alerts were still being produced at the kill")
                        .isGreaterThan(beforeKill.earlier());
                assertThat(second.api.deliveries("DEAD")).isZero();
                assertThat(hook.alerts()).as(report).isEqualTo(stored);
                assertThat(viaMqtt.alerts()).as(report).isEqualTo(stored);
            }
        }
    }

    /** What the test saw just before the kill. */
    private record Counts(long earlier, long stored, long waiting, int webhook, int mqtt) {
    }

    /** What one subscriber received: distinct alerts, messages in all, and messages seen before. */
    private record Delivered(Set<String> alerts, int messages, int duplicates) {
    }

    /** Checks that every message carries its alert's key for this subscriber, so repeats share one key. */
    private static Delivered delivered(List<JsonNode> payloads, String subscription) {
        Map<String, Integer> byKey = new HashMap<>();
        Set<String> alerts = new HashSet<>();
        for (JsonNode payload : payloads) {
            String id = payload.path("alert").path("id").asText();
            assertThat(payload.path("idempotencyKey").asText()).isEqualTo(id + ":" + subscription + ":alert");
            byKey.merge(payload.path("idempotencyKey").asText(), 1, Integer::sum);
            alerts.add(id);
        }
        int duplicates = byKey.values().stream().mapToInt(count -> count - 1).sum();
        return new Delivered(alerts, payloads.size(), duplicates);
    }

    private static long storedAlerts(Api api) {
        return api.get("/api/v1/alerts?limit=1").path("total").asLong();
    }
}
