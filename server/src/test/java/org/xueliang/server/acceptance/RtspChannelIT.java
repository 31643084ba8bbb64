package org.xueliang.server.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An RTSP camera onboarded through the config API: alerts arrive, the camera dies and comes back
 * on the same address, and the channel recovers by itself. Camera: the GStreamer RTSP server of
 * samples/rtsp; server: started in this JVM with reconnects of 200 ms to 1 s and a 2 s read timeout.
 */
class RtspChannelIT {
    private static final Duration ONLINE_WITHIN = Duration.ofSeconds(15);
    private static final Duration ALERT_WITHIN = Duration.ofSeconds(15);
    /** Read timeout 2 s (a UDP stream just goes quiet) plus slack for a loaded machine. */
    private static final Duration FAILURE_SEEN_WITHIN = Duration.ofSeconds(10);

    private static InProcessServer server;
    private static ApiClient api;
    private RtspTestServer camera;
    private AlertStream stream;

    @BeforeAll
    static void startServer() throws Exception {
        server = InProcessServer.start(TestPaths.workDir("rtsp-channel"), InProcessServer.QUICK_RECONNECT);
        api = server.api();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void stopCameraAndStream() throws InterruptedException {
        if (stream != null) {
            stream.close();
        }
        if (camera != null) {
            camera.close();
        }
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"tcp", "udp"})
    void channelAddedThroughTheApiAlertsAndRecoversFromACameraRestart(String transport) throws Exception {
        camera = RtspTestServer.startBall();
        stream = api.openAlertStream();
        String id = "ball-" + transport;

        HttpResponse<String> created = api.postJson("/api/v1/channels", channelBody(id, transport));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/channels/" + id);
        JsonNode online = awaitState(id, "ONLINE", ONLINE_WITHIN);
        assertThat(online.path("codec").asText()).isEqualTo("h264");
        assertThat(online.path("width").asInt()).isEqualTo(640);
        assertThat(online.path("height").asInt()).isEqualTo(480);
        assertThat(online.path("reason").isNull()).as("reason of %s", online).isTrue();
        JsonNode first = awaitAlert(id, Instant.EPOCH);
        Snapshots.assertJpeg(api, first.path("snapshotUrl").asText(), 640, 480);

        camera.kill();
        JsonNode down = awaitState(id, "RECONNECTING", FAILURE_SEEN_WITHIN);
        // the first failure ends the stream; a retry before this poll finds the port closed
        assertThat(down.path("reason").asText()).as("reason of %s", down)
                .matches("(stream ended: .+|connect failed: Connection refused|no data for 2s) \\(\\Q"
                        + camera.url() + "\\E\\)");

        camera.start();
        Instant restarted = Instant.now();
        JsonNode recovered = awaitState(id, "ONLINE", ONLINE_WITHIN);
        assertThat(recovered.path("reconnects").asLong()).isPositive();
        JsonNode after = awaitAlert(id, restarted);
        assertThat(alertIds(id)).contains(first.path("id").asText(), after.path("id").asText());

        assertThat(api.delete("/api/v1/channels/" + id).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/v1/channels/" + id + "/health").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/channels/" + id).statusCode()).isEqualTo(404);
    }

    /**
     * The next zone alert of the channel on the WebSocket whose event is later than {@code after};
     * also stored. The test picture is a ball on black, which the video-quality checks rightly
     * report as too dark: those alerts are not the ones awaited here.
     */
    private JsonNode awaitAlert(String id, Instant after) throws InterruptedException {
        JsonNode alert = stream.await(ALERT_WITHIN, pushed -> id.equals(pushed.path("channelId").asText())
                && "ZONE_INTRUSION".equals(pushed.path("type").asText())
                && Instant.parse(pushed.path("eventTime").asText()).isAfter(after), "alert of " + id + " after " + after);
        assertThat(alert.path("ruleId").asText()).isEqualTo("frame");
        assertThat(alertIds(id)).contains(alert.path("id").asText());
        return alert;
    }

    /** A zone over the whole picture: the ball is always in it, so each cooldown brings an alert. */
    private String channelBody(String id, String transport) {
        return """
                {"id": "%s", "name": "Ball over %s",
                 "source": {"type": "rtsp", "url": "%s", "transport": "%s"},
                 "zones": [{"id": "frame", "polygon": [[0, 0], [1, 0], [1, 1], [0, 1]],
                            "minDwell": "500ms", "cooldown": "2s"}]}
                """.formatted(id, transport, camera.url(), transport);
    }

    private static JsonNode awaitState(String id, String state, Duration within) {
        return Await.value(within, () -> api.health(id), health -> state.equals(health.path("state").asText()),
                health -> state + " expected, health " + health);
    }

    private static Set<String> alertIds(String channelId) {
        return api.alerts(channelId).stream().map(alert -> alert.path("id").asText()).collect(Collectors.toSet());
    }
}
