package org.xueliang.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xueliang.alerts.gb.DeviceAlert;
import org.xueliang.alerts.store.Alert;
import org.xueliang.analytics.AnalyticsEvent;

@ExtendWith(VertxExtension.class)
class AlertStreamTest {
    private ApiTestServer api;
    private WebSocketClient sockets;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        api = new ApiTestServer(vertx, dir);
        sockets = vertx.createWebSocketClient();
    }

    @AfterEach
    void stop() throws Exception {
        ApiTestServer.await(sockets.close());
        api.close();
    }

    private WebSocketConnectOptions stream(String uri) {
        return new WebSocketConnectOptions().setHost("127.0.0.1").setPort(api.port).setURI(uri);
    }

    /** Connects and waits until the hub counts the console, so that no alert can slip past it. */
    private CompletableFuture<String> connectAndListen(WebSocketConnectOptions options, int consolesAfter)
            throws Exception {
        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket socket = ApiTestServer.await(sockets.connect(options));
        socket.textMessageHandler(first::complete);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (api.hub.connections() < consolesAfter && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(api.hub.connections()).isEqualTo(consolesAfter);
        return first;
    }

    @Test
    void everyConsoleReceivesASubmittedAlertInTheRestShape() throws Exception {
        CompletableFuture<String> byQuery = connectAndListen(
                stream("/api/v1/alerts/stream?token=" + ApiTestServer.TOKEN), 1);
        CompletableFuture<String> byHeader = connectAndListen(stream("/api/v1/alerts/stream")
                .addHeader("Authorization", "Bearer " + ApiTestServer.TOKEN), 2);

        Alert alert = api.alertService.submit(new AnalyticsEvent("cam-1", "lawn", "ZONE_INTRUSION",
                Instant.parse("2024-05-01T08:00:00Z"), List.of(), new byte[] {(byte) 0xFF, (byte) 0xD8}))
                .get(10, TimeUnit.SECONDS);

        JsonObject pushed = new JsonObject(byQuery.get(10, TimeUnit.SECONDS));
        assertThat(pushed.getString("id")).isEqualTo(alert.id());
        assertThat(pushed.getString("snapshotUrl")).isEqualTo("/api/v1/alerts/" + alert.id() + "/snapshot");
        assertThat(pushed).isEqualTo(restShape(alert));
        assertThat(new JsonObject(byHeader.get(10, TimeUnit.SECONDS))).isEqualTo(pushed);
    }

    @Test
    void aDeviceAlertIsPushedWithItsDescriptionAndPriority() throws Exception {
        CompletableFuture<String> console = connectAndListen(
                stream("/api/v1/alerts/stream?token=" + ApiTestServer.TOKEN), 1);

        Alert alert = api.alertService.submitDeviceAlert(new DeviceAlert("34020000001320000001",
                "34020000001340000001", DeviceAlert.DEVICE_ALARM, Instant.parse("2024-05-01T08:00:00Z"),
                "门磁报警", 1)).get(10, TimeUnit.SECONDS);

        JsonObject pushed = new JsonObject(console.get(10, TimeUnit.SECONDS));
        assertThat(pushed.getString("id")).isEqualTo(alert.id());
        assertThat(pushed.getMap()).containsEntry("type", "DEVICE_ALARM").containsEntry("ruleId", "gb28181")
                .containsEntry("channelId", "34020000001340000001").containsEntry("description", "门磁报警")
                .containsEntry("priority", 1).containsEntry("snapshotUrl", null);
        assertThat(pushed).isEqualTo(restShape(alert));
    }

    /** The alert as GET returns it, without what only the detail has: the trail and the resolution. */
    private JsonObject restShape(Alert alert) throws Exception {
        JsonObject detail = api.get("/api/v1/alerts/" + alert.id()).bodyAsJsonObject();
        detail.remove("trail");
        detail.remove("resolution");
        return detail;
    }

    @Test
    void refusesAConsoleWithoutTheRightToken() {
        assertThat(rejection(stream("/api/v1/alerts/stream?token=wrong"))).isEqualTo(401);
        assertThat(rejection(stream("/api/v1/alerts/stream"))).isEqualTo(401);
        assertThat(api.hub.connections()).isZero();
    }

    private int rejection(WebSocketConnectOptions options) {
        try {
            ApiTestServer.await(sockets.connect(options));
            return 101;
        } catch (ExecutionException e) {
            return ((UpgradeRejectedException) e.getCause()).getStatus();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPlainGetOnTheStreamIsABadRequest() throws Exception {
        assertThat(api.get("/api/v1/alerts/stream").statusCode()).isEqualTo(400);
    }
}
