package org.xueliang.server.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceptance 3 of the GB28181 issue: a simulated device registers with the server's gateway, its
 * camera channel is adopted through the API, video flows (over UDP, then over TCP) and a zone
 * intrusion alert of that channel appears; killing the simulator takes the device offline with a
 * DEVICE_OFFLINE alert, restarting it brings the device back with DEVICE_ONLINE. Keepalives every
 * 1 s, offline after 3 missed, so that presence changes show within seconds.
 */
class GbEndToEndIT {
    private static final String PLATFORM_ID = "34020000002000000001";
    private static final String PASSWORD = "e2e-sip-secret";
    private static final Duration REGISTERED_WITHIN = Duration.ofSeconds(15);
    private static final Duration ALERT_WITHIN = Duration.ofSeconds(40);
    private static final Duration OFFLINE_WITHIN = Duration.ofSeconds(15);
    private static final String WHOLE_FRAME = "[[0, 0], [1, 0], [1, 1], [0, 1]]";

    private static Path workDir;
    private static int sipPort;
    private static InProcessServer server;
    private static ApiClient api;
    private final List<SimulatorProcess> simulators = new ArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        workDir = TestPaths.workDir("gb-e2e");
        sipPort = TestPaths.freePort();
        int media = TestPaths.freePort();
        String sip = """
                sip:
                  enabled: true
                  id: "%s"
                  domain: "3402000000"
                  password: "%s"
                  port: %d
                  ip: 127.0.0.1
                  mediaPorts: "%d-%d"
                  keepaliveInterval: 1s
                  keepaliveCount: 3
                  rtpTimeout: 5s
                """.formatted(PLATFORM_ID, PASSWORD, sipPort, media, media + 9);
        server = InProcessServer.start(workDir, InProcessServer.QUICK_RECONNECT, sip);
        api = server.api();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void stopSimulators() {
        simulators.forEach(SimulatorProcess::close);
    }

    @ParameterizedTest(name = "over {0}")
    @CsvSource({"udp, 34020000001320000101", "tcp, 34020000001320000201"})
    void aSimulatedCameraIsAdoptedAlertsGoesOfflineAndComesBack(String transport, String deviceId) throws Exception {
        SimulatorProcess simulator = simulator(transport, deviceId);
        JsonNode device = awaitDevice(deviceId, true, REGISTERED_WITHIN);
        assertThat(device.path("transport").asText()).isEqualTo(transport.toUpperCase(java.util.Locale.ROOT));
        assertThat(device.path("remoteAddress").asText()).startsWith("127.0.0.1:");

        HttpResponse<String> refresh = api.postJson("/api/v1/gb/devices/" + deviceId + "/catalog", "");
        assertThat(refresh.statusCode()).as(refresh.body()).isBetween(200, 202);
        JsonNode channels = Await.value(REGISTERED_WITHIN, () -> api.getJson("/api/v1/gb/devices/" + deviceId
                + "/channels").path("channels"), list -> list.size() > 0, list -> "no catalog yet: " + list);
        assertThat(channels).hasSize(1);
        String channelId = channels.get(0).path("channelId").asText();
        assertThat(channelId).matches("\\d{10}131\\d{7}");

        String id = "gb-e2e-" + transport;
        HttpResponse<String> adopted = api.postJson("/api/v1/gb/devices/" + deviceId + "/channels/" + channelId
                + "/adopt", "{\"id\": \"" + id + "\", \"transport\": \"" + transport + "\", \"zones\": [{\"id\": "
                + "\"whole\", \"polygon\": " + WHOLE_FRAME + ", \"minDwell\": \"500ms\"}]}");
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(201);
        Await.value(ALERT_WITHIN, () -> api.health(id), health -> health.path("state").asText().equals("ONLINE"),
                health -> "channel " + id + " not ONLINE: " + health + "\nsimulator:\n" + simulator.log());
        JsonNode alert = Await.value(ALERT_WITHIN, () -> api.alerts(id), alerts -> !alerts.isEmpty(),
                alerts -> "no alert of " + id + "; health " + api.health(id)).get(0);
        assertThat(alert.path("type").asText()).isEqualTo("ZONE_INTRUSION");
        assertThat(alert.path("ruleId").asText()).isEqualTo("whole");

        simulator.kill();
        awaitDevice(deviceId, false, OFFLINE_WITHIN);
        awaitDeviceAlert(deviceId, "DEVICE_OFFLINE");

        simulator(transport, deviceId);
        awaitDevice(deviceId, true, REGISTERED_WITHIN);
        awaitDeviceAlert(deviceId, "DEVICE_ONLINE");

        assertThat(api.delete("/api/v1/channels/" + id).statusCode()).isEqualTo(204);
    }

    private SimulatorProcess simulator(String transport, String deviceId) throws Exception {
        SimulatorProcess simulator = SimulatorProcess.start(workDir, List.of("--server", "127.0.0.1:" + sipPort,
                "--server-id", PLATFORM_ID, "--domain", "3402000000", "--password", PASSWORD,
                "--devices", "1", "--first-device-id", deviceId, "--channels-per-device", "1",
                "--transport", transport, "--keepalive", "1s", "--keepalive-max-failures", "3",
                "--video", TestPaths.repoRoot().resolve("samples/footage/vtest.avi").toString(), "--fps", "10",
                "--control-port", "0"));
        simulators.add(simulator);
        return simulator;
    }

    private static JsonNode awaitDevice(String deviceId, boolean online, Duration within) {
        return Await.value(within, () -> {
            HttpResponse<String> response = api.get("/api/v1/gb/devices/" + deviceId);
            return response.statusCode() == 200 ? ApiClient.parse(response.body()) : null;
        }, device -> device != null && device.path("online").asBoolean() == online,
                device -> "device " + deviceId + " not online=" + online + ": " + device);
    }

    private static void awaitDeviceAlert(String deviceId, String type) {
        Await.until(OFFLINE_WITHIN, () -> api.alerts(deviceId).stream()
                        .anyMatch(alert -> alert.path("type").asText().equals(type)),
                () -> "no " + type + " alert of " + deviceId + ": " + api.alerts(deviceId));
    }
}
