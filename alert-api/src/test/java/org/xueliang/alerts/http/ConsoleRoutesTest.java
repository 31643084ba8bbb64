package org.xueliang.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_A1;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_A2;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_B1;
import static org.xueliang.alerts.jurisdiction.TwoTownships.TOWNSHIP_A;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xueliang.alerts.console.LiveFrame;
import org.xueliang.alerts.console.LiveHub;
import org.xueliang.alerts.jurisdiction.TwoTownships;
import org.xueliang.analytics.AnalyticsEvent;

/**
 * The console's routes over fakes of the video side: tokens in the query of the sockets, duty
 * officers kept to their township's channels and alerts, problems before any upgrade.
 */
@ExtendWith(VertxExtension.class)
class ConsoleRoutesTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

    private ApiTestServer api;
    private WebSocketClient sockets;
    private String officerA;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        api = new ApiTestServer(vertx, dir);
        sockets = vertx.createWebSocketClient();
        TwoTownships.seed(api.jurisdictions);
        for (String id : List.of(CAM_A1, CAM_A2, CAM_B1)) {
            created(api.sendJson(HttpMethod.POST, "/api/v1/channels", "{\"id\":\"" + id + "\",\"source\":"
                    + "{\"type\":\"rtsp\",\"url\":\"rtsp://10.0.0.5/" + id + "\"}}"));
        }
        created(api.sendJson(HttpMethod.POST, "/api/v1/channels", "{\"id\":\"gb-cam\",\"source\":{\"type\":"
                + "\"gb28181\",\"deviceId\":\"34020000001320000001\",\"channelId\":\"34020000001310000001\"}}"));
        created(api.sendJson(HttpMethod.POST, "/api/v1/users", "{\"name\":\"zhang.wei\",\"role\":\"duty_officer\","
                + "\"jurisdiction\":\"" + TOWNSHIP_A + "\",\"password\":\"township-a-pass\"}"));
        officerA = api.accounts.issueToken("zhang.wei", null).secret();
    }

    @AfterEach
    void stop() throws Exception {
        ApiTestServer.await(sockets.close());
        api.close();
    }

    private static void created(HttpResponse<Buffer> response) {
        assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(201);
    }

    private HttpResponse<Buffer> asOfficer(String path) throws Exception {
        return ApiTestServer.await(api.as(officerA, HttpMethod.GET, path).send());
    }

    private WebSocket socket(String path, BlockingQueue<Object> messages) throws Exception {
        try {
            // handlers first: the server speaks as soon as the socket is up
            ClientWebSocket socket = sockets.webSocket();
            socket.textMessageHandler(messages::add);
            socket.binaryMessageHandler(buffer -> messages.add(buffer.getBytes()));
            ApiTestServer.await(socket.connect(new WebSocketConnectOptions()
                    .setHost("127.0.0.1").setPort(api.port).setURI(path)));
            return socket;
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    @Test
    void liveSocketTakesItsTokenInTheQueryAndSendsOverlayThenPicture() throws Exception {
        BlockingQueue<Object> messages = new LinkedBlockingQueue<>();
        socket("/api/v1/channels/" + CAM_A1 + "/live?fps=5&token=" + ApiTestServer.TOKEN, messages);
        JsonObject status = new JsonObject((String) messages.poll(5, TimeUnit.SECONDS));
        assertThat(status.getString("type")).isEqualTo("overlay");
        assertThat(status.getString("state")).isEqualTo("ONLINE");
        assertThat(status.getInteger("width")).isZero();
        // the status may still count as being written: frames offered meanwhile are skipped, as for a slow viewer
        LiveHub.Delivery delivery = api.console.live.take(CAM_A1, T0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (int second = 1; delivery.isEmpty() && System.nanoTime() < deadline; second++) {
            delivery = api.console.live.take(CAM_A1, T0.plusSeconds(second));
        }
        delivery.send(new LiveFrame(CAM_A1, T0, 320, 180, "ONLINE", List.of(), List.of(), List.of(), 97, JPEG));

        JsonObject overlay = new JsonObject((String) messages.poll(5, TimeUnit.SECONDS));
        assertThat(overlay.getInteger("width")).isEqualTo(320);
        assertThat(overlay.getJsonObject("quality").getInteger("score")).isEqualTo(97);
        assertThat((byte[]) messages.poll(5, TimeUnit.SECONDS)).isEqualTo(JPEG);
    }

    @Test
    void socketsRefuseAMissingTokenAndAnOfficerOutsideHisTownship() {
        assertThatThrownBy(() -> socket("/api/v1/channels/" + CAM_A1 + "/live", new LinkedBlockingQueue<>()))
                .isInstanceOfSatisfying(UpgradeRejectedException.class, e -> assertThat(e.getStatus()).isEqualTo(401));
        assertThatThrownBy(() -> socket("/api/v1/channels/" + CAM_B1 + "/live?token=" + officerA,
                new LinkedBlockingQueue<>()))
                .isInstanceOfSatisfying(UpgradeRejectedException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
        assertThatThrownBy(() -> socket("/api/v1/channels/" + CAM_B1 + "/video?token=" + officerA,
                new LinkedBlockingQueue<>()))
                .isInstanceOfSatisfying(UpgradeRejectedException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
        assertThatThrownBy(() -> socket("/api/v1/channels/" + CAM_A1 + "/live?fps=11&token=" + officerA,
                new LinkedBlockingQueue<>()))
                .isInstanceOfSatisfying(UpgradeRejectedException.class, e -> assertThat(e.getStatus()).isEqualTo(400));
    }

    @Test
    void fullRateViewOfAGb28181ChannelIsAConflictBeforeTheUpgrade() {
        assertThatThrownBy(() -> socket("/api/v1/channels/gb-cam/video?token=" + ApiTestServer.TOKEN,
                new LinkedBlockingQueue<>()))
                .isInstanceOfSatisfying(UpgradeRejectedException.class, e -> {
                    assertThat(e.getStatus()).isEqualTo(409);
                    JsonObject problem = new JsonObject(e.getBody());
                    assertThat(problem.getString("title")).isEqualTo("full-rate view unavailable");
                    assertThat(problem.getString("detail")).startsWith(
                            "full-rate view needs an H.264 RTSP or file channel; channel gb-cam is gb28181");
                });
        assertThatThrownBy(() -> socket("/api/v1/channels/" + CAM_A1 + "/video?token=" + ApiTestServer.TOKEN,
                new LinkedBlockingQueue<>()))
                .isInstanceOfSatisfying(UpgradeRejectedException.class, e -> assertThat(e.getStatus()).isEqualTo(503));
    }

    @Test
    void anOfficerSeesTheSnapshotsOfHisTownshipOnly() throws Exception {
        api.console.snapshots.put(CAM_A1, JPEG);
        api.console.snapshots.put(CAM_B1, JPEG);
        HttpResponse<Buffer> own = asOfficer("/api/v1/channels/" + CAM_A1 + "/snapshot");
        HttpResponse<Buffer> other = asOfficer("/api/v1/channels/" + CAM_B1 + "/snapshot");
        HttpResponse<Buffer> none = api.get("/api/v1/channels/" + CAM_A2 + "/snapshot");

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.getHeader("Content-Type")).isEqualTo("image/jpeg");
        assertThat(own.body().getBytes()).isEqualTo(JPEG);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.bodyAsJsonObject().getString("detail")).isEqualTo("channel \"" + CAM_B1 + "\" does not exist");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.bodyAsJsonObject().getString("detail")).startsWith("channel \"" + CAM_A2
                + "\" has no analysed frame yet");
    }

    @Test
    void layoutsAreKeptPerUserAndHoldOnlyWatchableChannels() throws Exception {
        JsonObject officerDefault = asOfficer("/api/v1/me/layout").bodyAsJsonObject();
        JsonObject adminDefault = api.get("/api/v1/me/layout").bodyAsJsonObject();
        assertThat(officerDefault.getJsonArray("channels").getList()).containsExactly(CAM_A1, CAM_A2);
        assertThat(adminDefault.getJsonArray("channels").getList()).containsExactly(CAM_A1, CAM_A2, CAM_B1, "gb-cam");

        HttpResponse<Buffer> refused = api.sendJson(officerA, HttpMethod.PUT, "/api/v1/me/layout",
                "{\"tiles\":4,\"channels\":[\"" + CAM_B1 + "\"],\"overlay\":true,\"tour\":null}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("no channel \"" + CAM_B1 + "\" that you may watch");
        String wall = "{\"tiles\":1,\"channels\":[\"" + CAM_A2 + "\"],\"overlay\":false,\"tour\":null}";
        assertThat(api.sendJson(officerA, HttpMethod.PUT, "/api/v1/me/layout", wall).statusCode()).isEqualTo(200);
        assertThat(asOfficer("/api/v1/me/layout").bodyAsJsonObject()).isEqualTo(new JsonObject(wall));
        assertThat(api.get("/api/v1/me/layout").bodyAsJsonObject()).isEqualTo(adminDefault);
    }

    @Test
    void statisticsOfAnOfficerCountHisTownshipOnly() throws Exception {
        for (String channel : List.of(CAM_A1, CAM_A2, CAM_B1)) {
            api.alertService.submit(new AnalyticsEvent(channel, "lawn", "ZONE_INTRUSION", T0, List.of(), JPEG))
                    .get(10, TimeUnit.SECONDS);
        }
        String window = "/api/v1/stats/summary?from=2024-05-01T00:00:00Z&to=2024-05-02T00:00:00Z";
        JsonObject officer = asOfficer(window).bodyAsJsonObject();
        JsonObject admin = api.get(window).bodyAsJsonObject();
        assertThat(officer.getLong("total")).isEqualTo(2);
        assertThat(admin.getLong("total")).isEqualTo(3);
        assertThat(officer.getJsonArray("bySite").getJsonObject(0).getString("site")).isIn("邵郢小学", "(no site)");
        assertThat(officer.getJsonArray("byHour").getJsonObject(8).getLong("count")).isEqualTo(2);

        HttpResponse<Buffer> bad = api.get("/api/v1/stats/summary?from=2024-05-02T00:00:00Z&to=2024-05-01T00:00:00Z"
                + "&tz=Mars/Olympus&limit=3");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.bodyAsJsonObject().getJsonArray("errors").stream().map(e -> ((JsonObject) e).getString("path")))
                .containsExactly("limit", "tz", "from");
    }

    @Test
    void probeIsForAdminsAndExplainsFailures() throws Exception {
        HttpResponse<Buffer> officer = api.sendJson(officerA, HttpMethod.POST, "/api/v1/channels/probe",
                "{\"source\":{\"type\":\"rtsp\",\"url\":\"rtsp://10.0.0.5/x\"}}");
        assertThat(officer.statusCode()).isEqualTo(403);
        HttpResponse<Buffer> ok = api.sendJson(HttpMethod.POST, "/api/v1/channels/probe",
                "{\"source\":{\"type\":\"rtsp\",\"url\":\"rtsp://10.0.0.5/x\"}}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.bodyAsJsonObject().getString("snapshot")).isEqualTo("data:image/jpeg;base64,/9g=");
        HttpResponse<Buffer> refused = api.sendJson(HttpMethod.POST, "/api/v1/channels/probe",
                "{\"source\":{\"type\":\"rtsp\",\"url\":\"rtsp://u:pw@refused.example/x\"}}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.bodyAsJsonObject().getString("detail"))
                .isEqualTo("connect failed: Connection refused (rtsp rtsp://u:***@refused.example/x over TCP)");
        HttpResponse<Buffer> invalid = api.sendJson(HttpMethod.POST, "/api/v1/channels/probe", "{\"src\":{}}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.bodyAsJsonObject().getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).getString("path"))).containsExactly("src", "source");
    }
}
