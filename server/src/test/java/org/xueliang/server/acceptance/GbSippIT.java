package org.xueliang.server.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceptance 2 of the GB28181 issue against the whole server: the sipp scenarios of
 * {@code samples/sipp} play a device over UDP and over TCP, and what they did shows in the API:
 * the device online, its alarm stored as a DEVICE_ALARM alert, its catalog of two channels.
 */
class GbSippIT {
    private static final String PLATFORM_ID = "34020000002000000001";
    private static final String PASSWORD = "sipp-secret-1";
    private static final Duration WITHIN = Duration.ofSeconds(10);

    private static Path workDir;
    private static int sipPort;
    private static InProcessServer server;
    private static ApiClient api;

    @BeforeAll
    static void startServer() throws Exception {
        workDir = TestPaths.workDir("gb-sipp");
        sipPort = TestPaths.freePort();
        int media = TestPaths.freePort();
        server = InProcessServer.start(workDir, InProcessServer.QUICK_RECONNECT, """
                sip:
                  enabled: true
                  id: "%s"
                  domain: "3402000000"
                  password: "%s"
                  port: %d
                  mediaPorts: "%d-%d"
                """.formatted(PLATFORM_ID, PASSWORD, sipPort, media, media + 9));
        api = server.api();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "over {0}")
    @CsvSource({"u1, UDP, 34020000001320000301", "t1, TCP, 34020000001320000401"})
    void theSippScenariosLeaveTheirTraceInTheApi(String mode, String transport, String deviceId) throws Exception {
        String channelId = deviceId.substring(0, 10) + "131" + deviceId.substring(13);
        Sipp wrong = new Sipp(workDir.resolve(mode + "-wrong"), mode, TestPaths.freePort(), sipPort, deviceId,
                channelId, PLATFORM_ID, "not-" + PASSWORD);
        Sipp device = new Sipp(workDir.resolve(mode), mode, TestPaths.freePort(), sipPort, deviceId, channelId,
                PLATFORM_ID, PASSWORD);

        assertThat(wrong.run("register-wrong-password.xml", null)).as(wrong.report("register-wrong")).isZero();
        assertThat(api.get("/api/v1/gb/devices/" + deviceId).statusCode()).isEqualTo(404);

        assertThat(device.run("register.xml", null)).as(device.report("register")).isZero();
        JsonNode registered = Await.value(WITHIN, () -> deviceJson(deviceId), json -> json != null,
                json -> "device " + deviceId + " not stored");
        assertThat(registered.path("online").asBoolean()).isTrue();
        assertThat(registered.path("transport").asText()).isEqualTo(transport);

        assertThat(device.run("keepalive.xml", null)).as(device.report("keepalive")).isZero();
        Await.until(WITHIN, () -> !deviceJson(deviceId).path("lastKeepalive").isNull(),
                () -> "no keepalive stored: " + deviceJson(deviceId));

        assertThat(device.run("alarm.xml", "platform-response.xml")).as(device.report("alarm")).isZero();
        JsonNode alarm = Await.value(WITHIN, () -> api.alerts(deviceId), alerts -> !alerts.isEmpty(),
                alerts -> "no alert of " + deviceId).get(0);
        assertThat(alarm.path("type").asText()).isEqualTo("DEVICE_ALARM");
        assertThat(alarm.toString()).contains("video alarm, priority 1: sipp video alarm");

        String keptAlive = deviceJson(deviceId).path("lastKeepalive").asText();
        Process catalog = device.start("keepalive-and-wait.xml", "catalog-response.xml");
        // its keepalive tells the server the connection of this sipp run (over TCP the only way to reach it)
        Await.until(WITHIN, () -> !deviceJson(deviceId).path("lastKeepalive").asText().equals(keptAlive),
                () -> "no second keepalive: " + device.report("keepalive-and-wait"));
        HttpResponse<String> refresh = api.postJson("/api/v1/gb/devices/" + deviceId + "/catalog", "");
        assertThat(refresh.statusCode()).as(refresh.body()).isBetween(200, 202);
        JsonNode channels = Await.value(WITHIN, () -> api.getJson("/api/v1/gb/devices/" + deviceId + "/channels")
                .path("channels"), list -> list.size() == 2, list -> "catalog of " + deviceId + ": " + list);
        assertThat(device.await(catalog)).as(device.report("keepalive-and-wait")).isZero();
        List<String> ids = List.of(channels.get(0).path("channelId").asText(), channels.get(1).path("channelId").asText());
        assertThat(ids).containsExactlyInAnyOrder(deviceId, channelId);
    }

    private static JsonNode deviceJson(String deviceId) {
        HttpResponse<String> response = api.get("/api/v1/gb/devices/" + deviceId);
        return response.statusCode() == 200 ? ApiClient.parse(response.body()) : null;
    }
}
