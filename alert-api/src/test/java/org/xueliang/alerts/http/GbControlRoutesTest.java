package org.xueliang.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xueliang.alerts.gb.FakeGbGateway.Behaviour;
import org.xueliang.alerts.gb.GbGateway;

/** The routes that ask a device through the gateway: catalog, info, status and PTZ. */
@ExtendWith(VertxExtension.class)
class GbControlRoutesTest {
    private static final String DEVICE = "34020000001320000001";
    private static final String CHANNEL = "34020000001310000001";
    private static final String DEVICES = "/api/v1/gb/devices/";
    private static final String PTZ = DEVICES + DEVICE + "/channels/" + CHANNEL + "/ptz";

    private Vertx vertx;
    private Path dir;
    private ApiTestServer api;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        this.vertx = vertx;
        this.dir = dir;
        api = new ApiTestServer(vertx, dir);
        api.gateway.device(DEVICE, Behaviour.ANSWERS);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private HttpResponse<Buffer> post(String path) throws Exception {
        return ApiTestServer.await(api.authorized(HttpMethod.POST, path).send());
    }

    @Test
    void aCatalogRefreshIsAcceptedOnceTheDeviceTookTheQuery() throws Exception {
        HttpResponse<Buffer> response = post(DEVICES + DEVICE + "/catalog");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.bodyAsJsonObject()).isEqualTo(new JsonObject().put("deviceId", DEVICE)
                .put("channelsUrl", "/api/v1/gb/devices/" + DEVICE + "/channels"));
        assertThat(api.gateway.calls).containsExactly("catalog " + DEVICE);
    }

    @Test
    void answersWithTheDevicesInfoAndStatus() throws Exception {
        JsonObject info = api.get(DEVICES + DEVICE + "/info").bodyAsJsonObject();
        JsonObject status = api.get(DEVICES + DEVICE + "/status").bodyAsJsonObject();

        assertThat(info).isEqualTo(new JsonObject().put("deviceId", DEVICE).put("name", "东门球机")
                .put("manufacturer", "Hikvision").put("model", "DS-2DE4425IW").put("firmware", "V5.5.800")
                .put("channelCount", 4));
        assertThat(status).isEqualTo(new JsonObject().put("deviceId", DEVICE).put("online", true)
                .put("working", false).put("reason", "disk full").put("encoding", true).put("recording", false)
                .put("deviceTime", "2024-05-01T16:00:01")
                .put("alarmInputs", new JsonArray().add(new JsonObject().put("deviceId", "34020000001340000001")
                        .put("dutyStatus", "ONDUTY"))));
        assertThat(api.gateway.calls).containsExactly("info " + DEVICE, "status " + DEVICE);
    }

    @Test
    void sendsPtzCommandsWithTheDefaultSpeedAndPresets() throws Exception {
        HttpResponse<Buffer> left = api.sendJson(HttpMethod.POST, PTZ, "{\"action\":\"left\",\"speed\":40}");
        HttpResponse<Buffer> zoom = api.sendJson(HttpMethod.POST, PTZ, "{\"action\":\"ZoomIn\"}");
        HttpResponse<Buffer> preset = api.sendJson(HttpMethod.POST, PTZ, "{\"action\":\"preset-call\",\"preset\":7}");

        assertThat(left.statusCode()).isEqualTo(204);
        assertThat(zoom.statusCode()).isEqualTo(204);
        assertThat(preset.statusCode()).isEqualTo(204);
        assertThat(api.gateway.calls).containsExactly(
                "ptz " + DEVICE + " " + CHANNEL + " left speed 40 preset null",
                "ptz " + DEVICE + " " + CHANNEL + " zoomin speed 128 preset null",
                "ptz " + DEVICE + " " + CHANNEL + " preset-call speed 128 preset 7");
    }

    @Test
    void anUnknownDeviceIsNotFound() throws Exception {
        String unknown = "34020000001320000099";

        HttpResponse<Buffer> response = api.get(DEVICES + unknown + "/info");

        assertProblem(response, 404, "device \"" + unknown + "\" does not exist");
    }

    @Test
    void anOfflineDeviceIsAConflict() throws Exception {
        api.gateway.device(DEVICE, Behaviour.OFFLINE);

        assertProblem(post(DEVICES + DEVICE + "/catalog"), 409, "device \"" + DEVICE + "\" is offline");
        assertProblem(api.sendJson(HttpMethod.POST, PTZ, "{\"action\":\"stop\"}"), 409,
                "device \"" + DEVICE + "\" is offline");
    }

    @Test
    void aSilentDeviceIsAGatewayTimeout() throws Exception {
        api.gateway.device(DEVICE, Behaviour.SILENT);

        assertProblem(api.get(DEVICES + DEVICE + "/status"), 504,
                "device \"" + DEVICE + "\" did not answer the DeviceStatus query within 5000 ms");
    }

    @Test
    void aRefusingDeviceIsABadGateway() throws Exception {
        api.gateway.device(DEVICE, Behaviour.REFUSES);

        assertProblem(api.get(DEVICES + DEVICE + "/info"), 502,
                "device \"" + DEVICE + "\" answered the DeviceInfo query with 488 Not Acceptable Here");
    }

    @Test
    void withoutTheGatewayDeviceRequestsAreUnavailableButTheRegistryReads() throws Exception {
        api.close();
        api = new ApiTestServer(vertx, dir, GbGateway.disabled());
        String disabled = "the GB28181 gateway is not enabled (sip.enabled: false)";

        assertProblem(post(DEVICES + DEVICE + "/catalog"), 503, disabled);
        assertProblem(api.get(DEVICES + DEVICE + "/info"), 503, disabled);
        assertProblem(api.get(DEVICES + DEVICE + "/status"), 503, disabled);
        assertProblem(api.sendJson(HttpMethod.POST, PTZ, "{\"action\":\"up\"}"), 503, disabled);
        assertThat(api.get("/api/v1/gb/devices").statusCode()).isEqualTo(200);
    }

    @Test
    void theRoutesNeedTheToken() throws Exception {
        HttpResponse<Buffer> response = ApiTestServer.await(api.client.post(DEVICES + DEVICE + "/catalog").send());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(api.gateway.calls).isEmpty();
    }

    static void assertProblem(HttpResponse<Buffer> response, int status, String detail) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.bodyAsJsonObject().getString("detail")).isEqualTo(detail);
    }
}
