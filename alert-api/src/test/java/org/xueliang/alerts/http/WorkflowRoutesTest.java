package org.xueliang.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xueliang.alerts.store.Alert;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.Box;

@ExtendWith(VertxExtension.class)
class WorkflowRoutesTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    private ApiTestServer api;
    private WebSocketClient sockets;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        api = new ApiTestServer(vertx, dir, null, Duration.ofMinutes(5));
        sockets = vertx.createWebSocketClient();
    }

    @AfterEach
    void stop() throws Exception {
        ApiTestServer.await(sockets.close());
        api.close();
    }

    private Alert submit(String channel, String rule, int secondsAfter, byte[] jpeg) throws Exception {
        return api.alertService.submit(new AnalyticsEvent(channel, rule, "ZONE_INTRUSION", T0.plusSeconds(secondsAfter),
                List.of(new Box(0.25, 0.5, 0.125, 0.25)), jpeg)).get(10, TimeUnit.SECONDS);
    }

    private JsonObject step(String id, String action, String body) throws Exception {
        HttpResponse<Buffer> response = api.sendJson(HttpMethod.POST, "/api/v1/alerts/" + id + "/" + action, body);
        assertThat(response.statusCode()).as(action + ": " + response.bodyAsString()).isEqualTo(200);
        return response.bodyAsJsonObject();
    }

    @Test
    void walksAnAlertThroughEveryStateAndShowsTheTrailWithTheDetail() throws Exception {
        String id = submit("cam-1", "lawn", 0, null).id();

        step(id, "acknowledge", "{\"by\":\"li\"}");
        JsonObject dispatched = step(id, "dispatch",
                "{\"to\":\"新安派出所\",\"dueAt\":\"2024-05-01T10:00:00Z\",\"note\":\"car 3\"}");
        JsonObject resolved = step(id, "resolve", "{\"feedback\":\"kids, sent home\",\"photo\":\""
                + Base64.getEncoder().encodeToString(PNG) + "\"}");
        JsonObject closed = step(id, "close", "{\"note\":\"called back\"}");

        assertThat(dispatched.getMap()).containsEntry("state", "DISPATCHED").containsEntry("assignee", "新安派出所")
                .containsEntry("dueAt", "2024-05-01T10:00:00Z").containsEntry("overdue", false);
        assertThat(resolved.getString("state")).isEqualTo("RESOLVED");
        assertThat(closed.getString("state")).isEqualTo("CLOSED");

        JsonObject detail = api.get("/api/v1/alerts/" + id).bodyAsJsonObject();
        assertThat(detail.getString("state")).isEqualTo("CLOSED");
        assertThat(detail.getJsonArray("trail")).isEqualTo(new JsonArray()
                .add(entry(1, "NEW", "ACKNOWLEDGED", "ACKNOWLEDGE", null))
                .add(entry(2, "ACKNOWLEDGED", "DISPATCHED", "DISPATCH", "to 新安派出所 by 2024-05-01T10:00:00Z: car 3"))
                .add(entry(3, "DISPATCHED", "RESOLVED", "RESOLVE", "kids, sent home"))
                .add(entry(4, "RESOLVED", "CLOSED", "CLOSE", "called back")));
        assertThat(detail.getJsonObject("resolution")).isEqualTo(new JsonObject().put("feedback", "kids, sent home")
                .put("photoUrl", "/api/v1/alerts/" + id + "/photo").put("resolvedBy", "config-token")
                .put("resolvedAt", ApiTestServer.NOW.toString()));
        HttpResponse<Buffer> photo = api.get("/api/v1/alerts/" + id + "/photo");
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.getHeader("Content-Type")).isEqualTo("image/png");
        assertThat(photo.body().getBytes()).isEqualTo(PNG);
    }

    private static JsonObject entry(int seq, String from, String to, String action, String note) {
        return new JsonObject().put("seq", seq).put("from", from).put("to", to).put("action", action)
                .put("by", "config-token").put("at", ApiTestServer.NOW.toString()).put("note", note);
    }

    @Test
    void aStepTheStateDoesNotAllowIsAConflictWithTheAllowedActions() throws Exception {
        String id = submit("cam-1", "lawn", 0, null).id();

        HttpResponse<Buffer> close = api.sendJson(HttpMethod.POST, "/api/v1/alerts/" + id + "/close", "{}");
        step(id, "dismiss", "{\"reason\":\"a dog\"}");
        HttpResponse<Buffer> acknowledge = api.sendJson(HttpMethod.POST, "/api/v1/alerts/" + id + "/acknowledge", "");

        assertThat(close.statusCode()).isEqualTo(409);
        JsonObject problem = close.bodyAsJsonObject();
        assertThat(problem.getString("title")).isEqualTo("alert state conflict");
        assertThat(problem.getString("detail"))
                .isEqualTo("alert \"" + id + "\" is NEW, cannot close; allowed: acknowledge, dismiss");
        assertThat(problem.getString("state")).isEqualTo("NEW");
        assertThat(problem.getJsonArray("allowed")).containsExactly("acknowledge", "dismiss");
        assertThat(problem.getJsonObject("alert").getString("id")).isEqualTo(id);
        assertThat(acknowledge.statusCode()).isEqualTo(409);
        assertThat(acknowledge.bodyAsJsonObject().getJsonArray("allowed")).isEmpty();
        assertThat(api.sendJson(HttpMethod.POST, "/api/v1/alerts/nope/dismiss", "{\"reason\":\"x\"}").statusCode())
                .isEqualTo(404);
    }

    @Test
    void countsDismissedAlertsPerChannelAndRule() throws Exception {
        for (String rule : List.of("lawn", "gate", "lawn")) {
            String id = submit("cam-1", rule, rule.equals("lawn") ? 0 : 1, null).id();
            step(id, "dismiss", "{\"reason\":\"shadows\"}");
        }
        submit("cam-2", "lawn", 0, null);

        JsonObject counts = api.get("/api/v1/stats/dismissed").bodyAsJsonObject();
        JsonObject none = api.get("/api/v1/stats/dismissed?from=2024-05-01T09:00:00Z").bodyAsJsonObject();
        HttpResponse<Buffer> bad = api.get("/api/v1/stats/dismissed?from=noon&channel=x");

        assertThat(counts).isEqualTo(new JsonObject().put("counts", new JsonArray()
                .add(new JsonObject().put("channelId", "cam-1").put("ruleId", "lawn").put("dismissed", 2).put("total", 2))
                .add(new JsonObject().put("channelId", "cam-1").put("ruleId", "gate").put("dismissed", 1).put("total", 1))));
        assertThat(none.getJsonArray("counts")).isEmpty();
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.bodyAsJsonObject().getString("detail")).isEqualTo("channel: unknown parameter, allowed: from, to;"
                + " from: must be an ISO-8601 instant such as 2024-05-01T10:00:00Z, got \"noon\"");
    }

    @Test
    void aRepeatIsPushedAsTheUpdatedAlertWithItsOccurrences() throws Exception {
        List<JsonObject> pushed = Collections.synchronizedList(new ArrayList<>());
        WebSocket socket = ApiTestServer.await(sockets.connect(new WebSocketConnectOptions().setHost("127.0.0.1")
                .setPort(api.port).setURI("/api/v1/alerts/stream?token=" + ApiTestServer.TOKEN)));
        socket.textMessageHandler(text -> pushed.add(new JsonObject(text)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (api.hub.connections() < 1 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }

        Alert first = submit("cam-1", "lawn", 0, new byte[] {(byte) 0xFF, (byte) 0xD8});
        Alert repeat = submit("cam-1", "lawn", 30, new byte[] {(byte) 0xFF, (byte) 0xD8, 1});
        step(first.id(), "acknowledge", "");

        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pushed.size() < 3 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(repeat.id()).isEqualTo(first.id());
        assertThat(pushed).extracting(json -> json.getString("id")).containsExactly(first.id(), first.id(), first.id());
        assertThat(pushed).extracting(json -> json.getInteger("occurrences")).containsExactly(1, 2, 2);
        assertThat(pushed).extracting(json -> json.getString("state")).containsExactly("NEW", "NEW", "ACKNOWLEDGED");
        assertThat(pushed.get(1).getString("lastEventTime")).isEqualTo("2024-05-01T08:00:30Z");
        assertThat(api.get("/api/v1/alerts/" + first.id() + "/snapshot").body().getBytes())
                .isEqualTo(new byte[] {(byte) 0xFF, (byte) 0xD8, 1});
    }
}
