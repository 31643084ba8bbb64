package org.xueliang.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xueliang.server.acceptance.TestPaths;
import org.xueliang.server.delivery.MqttRecorder.Message;

/**
 * Acceptance 4: the packaged server publishes every alert and every state change to a real
 * Mosquitto broker (a process of its own on a free loopback port) on the documented topics with
 * QoS 1, and keeps a retained status per channel. A Paho subscriber checks what arrives.
 */
class MqttDeliveryIT {
    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String CHANNEL = "square";
    private static final String BRANCH = "xueliang/340202001/" + CHANNEL;

    @Test
    void everyAlertAndStateChangeArrivesOnTheDocumentedTopics() throws Exception {
        Path work = TestPaths.workDir("mqtt");
        try (Mosquitto broker = Mosquitto.start(work);
             MqttRecorder recorder = MqttRecorder.subscribe(broker.url(), "xueliang/#");
             JarServer server = JarServer.start(work, "server", TestPaths.freePort(), """
                     delivery:
                       pollInterval: 200ms
                       mqtt: {url: "%s", clientId: it-server}
                     """.formatted(broker.url()))) {
            Api api = server.api;
            placeTheChannelInATownship(api);
            api.call("POST", "/api/v1/subscriptions", "{\"id\": \"county-mqtt\", \"channel\": \"mqtt\", "
                    + "\"jurisdiction\": \"340202\"}", 201);
            api.call("POST", "/api/v1/channels", DemoChannel.json(CHANNEL, 3, "2s"), 201);

            ItSupport.await(WITHIN, () -> statuses(recorder).contains("online"),
                    () -> "no retained online status; got " + recorder.messages());
            ItSupport.await(WITHIN, () -> alerts(api).size() >= 2, () -> "fewer than 2 alerts: " + alerts(api));
            try (MqttRecorder late = MqttRecorder.subscribe(broker.url(), "xueliang/+/+/status")) {
                ItSupport.await(Duration.ofSeconds(10), () -> late.matching(m -> m.retained()
                                && m.topic().equals(BRANCH + "/status") && m.payload().equals("online")).size() == 1,
                        () -> "a late subscriber got no retained status: " + late.messages());
            }

            List<String> ids = alerts(api).stream().map(alert -> alert.path("id").asText()).toList();
            walkThroughEveryState(api, ids.get(0));
            api.call("POST", "/api/v1/alerts/" + ids.get(1) + "/dismiss", "{\"reason\": \"a shadow\"}", 200);
            api.call("DELETE", "/api/v1/channels/" + CHANNEL, null, 204);
            ItSupport.await(WITHIN, () -> statuses(recorder).endsWith("offline"),
                    () -> "channel not published offline: " + statuses(recorder));
            ItSupport.await(WITHIN, () -> api.deliveries("PENDING") + api.deliveries("SENDING") == 0,
                    () -> "deliveries still waiting");

            Map<String, JsonNode> stored = alerts(api).stream()
                    .collect(Collectors.toMap(alert -> alert.path("id").asText(), alert -> alert));
            List<JsonNode> published = payloads(recorder, BRANCH + "/alerts");
            assertThat(published).extracting(p -> p.path("alert").path("id").asText())
                    .as("every stored alert, once each").containsExactlyInAnyOrderElementsOf(stored.keySet());
            for (JsonNode payload : published) {
                String id = payload.path("alert").path("id").asText();
                assertThat(payload.path("idempotencyKey").asText()).isEqualTo(id + ":county-mqtt:alert");
                assertThat(payload.path("event").asText()).isEqualTo("alert");
                assertThat(payload.path("jurisdiction").asText()).isEqualTo("340202001");
                assertThat(payload.path("alert").path("channelId").asText()).isEqualTo(CHANNEL);
                assertThat(payload.path("alert").path("state").asText()).isEqualTo("NEW");
            }
            assertThat(payloads(recorder, BRANCH + "/events")).extracting(p -> p.path("idempotencyKey").asText())
                    .containsExactlyInAnyOrder(ids.get(0) + ":county-mqtt:state:ACKNOWLEDGED",
                            ids.get(0) + ":county-mqtt:state:DISPATCHED", ids.get(0) + ":county-mqtt:state:RESOLVED",
                            ids.get(0) + ":county-mqtt:state:CLOSED", ids.get(1) + ":county-mqtt:state:DISMISSED");
            assertThat(payloads(recorder, BRANCH + "/events")).allSatisfy(p -> {
                assertThat(p.path("event").asText()).isEqualTo("state");
                assertThat(p.path("idempotencyKey").asText()).endsWith(":state:" + p.path("alert").path("state").asText());
            });
            assertThat(api.deliveries("DELIVERED")).isEqualTo(stored.size() + 5L);
            assertThat(api.deliveries("DEAD")).isZero();
        }
    }

    /** A county, a township and a key site holding the channel: its alerts carry the township's code. */
    private static void placeTheChannelInATownship(Api api) {
        api.call("POST", "/api/v1/jurisdictions", "{\"code\": \"340202\", \"name\": \"Jinghu\", \"level\": \"county\"}",
                201);
        api.call("POST", "/api/v1/jurisdictions", "{\"code\": \"340202001\", \"name\": \"Fanjiang\", "
                + "\"level\": \"township\", \"parent\": \"340202\"}", 201);
        api.call("POST", "/api/v1/sites", "{\"code\": \"square\", \"name\": \"Town square\", \"level\": 2, "
                + "\"jurisdiction\": \"340202001\", \"channels\": [\"" + CHANNEL + "\"]}", 201);
    }

    private static void walkThroughEveryState(Api api, String id) {
        String alert = "/api/v1/alerts/" + id;
        api.call("POST", alert + "/acknowledge", "{\"by\": \"duty officer\"}", 200);
        api.call("POST", alert + "/dispatch", "{\"to\": \"grid worker 7\", \"dueAt\": \""
                + Instant.now().plus(Duration.ofHours(2)) + "\"}", 200);
        api.call("POST", alert + "/resolve", "{\"feedback\": \"people walking, nothing wrong\"}", 200);
        api.call("POST", alert + "/close", "{\"note\": \"reviewed\"}", 200);
    }

    private static List<JsonNode> alerts(Api api) {
        return api.all("/api/v1/alerts?channel=" + CHANNEL, "alerts");
    }

    private static String statuses(MqttRecorder recorder) {
        return recorder.matching(m -> m.topic().equals(BRANCH + "/status")).stream().map(Message::payload)
                .collect(Collectors.joining(","));
    }

    private static List<JsonNode> payloads(MqttRecorder recorder, String topic) {
        return recorder.matching(m -> m.topic().equals(topic)).stream().map(m -> Api.parse(m.payload())).toList();
    }
}
