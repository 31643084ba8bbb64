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
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
class AlertRoutesTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    private ApiTestServer api;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        api = new ApiTestServer(vertx, dir);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private Alert submit(String channel, String type, Instant at, byte[] jpeg) throws Exception {
        return api.alertService.submit(new AnalyticsEvent(channel, "lawn", type, at,
                List.of(new Box(0.25, 0.5, 0.125, 0.25)), jpeg)).get(10, TimeUnit.SECONDS);
    }

    @Test
    void getsOneAlertInTheRestShape() throws Exception {
        Alert alert = api.alertService.submit(new AnalyticsEvent("cam-1", "lawn", "ZONE_INTRUSION", T0,
                List.of(new Box(0.25, 0.5, 0.125, 0.25)), JPEG, Map.of("trackIds", "4", "labels", "person")))
                .get(10, TimeUnit.SECONDS);

        HttpResponse<Buffer> response = api.get("/api/v1/alerts/" + alert.id());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.bodyAsJsonObject()).isEqualTo(new JsonObject()
                .put("id", alert.id()).put("channelId", "cam-1").put("ruleId", "lawn").put("type", "ZONE_INTRUSION")
                .put("state", "NEW").put("eventTime", "2024-05-01T08:00:00Z").put("createdAt", "2024-05-01T08:00:02Z")
                .put("boxes", new JsonArray().add(new JsonObject().put("x", 0.25).put("y", 0.5).put("width", 0.125)
                        .put("height", 0.25)))
                .put("snapshotUrl", "/api/v1/alerts/" + alert.id() + "/snapshot")
                .putNull("acknowledgedAt").putNull("acknowledgedBy").putNull("acknowledgeNote")
                .put("occurrences", 1).put("lastEventTime", "2024-05-01T08:00:00Z").put("level", 2)
                .putNull("jurisdiction").put("ackDueAt", "2024-05-01T08:15:02Z").put("escalations", 0)
                .putNull("assignee").putNull("dueAt").put("overdue", false)
                .put("details", new JsonObject().put("labels", "person").put("trackIds", "4"))
                .put("trail", new JsonArray()).putNull("resolution"));
        assertThat(api.get("/api/v1/alerts/no-such-alert").statusCode()).isEqualTo(404);
    }

    @Test
    void servesTheSnapshotAsJpeg() throws Exception {
        Alert with = submit("cam-1", "ZONE_INTRUSION", T0, JPEG);
        Alert without = submit("cam-1", "ZONE_INTRUSION", T0, null);

        HttpResponse<Buffer> snapshot = api.get("/api/v1/alerts/" + with.id() + "/snapshot");
        HttpResponse<Buffer> none = api.get("/api/v1/alerts/" + without.id() + "/snapshot");
        HttpResponse<Buffer> unknown = api.get("/api/v1/alerts/nope/snapshot");

        assertThat(snapshot.statusCode()).isEqualTo(200);
        assertThat(snapshot.getHeader("Content-Type")).isEqualTo("image/jpeg");
        assertThat(snapshot.body().getBytes()).isEqualTo(JPEG);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.bodyAsJsonObject().getString("detail"))
                .isEqualTo("alert \"" + without.id() + "\" has no snapshot");
        assertThat(unknown.bodyAsJsonObject().getString("detail")).isEqualTo("alert \"nope\" does not exist");
    }

    @Test
    void listsNewestFirstWithFiltersAndPaging() throws Exception {
        for (int i = 0; i < 6; i++) {
            submit(i % 2 == 0 ? "cam-1" : "cam-2", i < 3 ? "ZONE_INTRUSION" : "LOITERING", T0.plusSeconds(i), null);
        }

        JsonObject all = api.get("/api/v1/alerts").bodyAsJsonObject();
        JsonObject page = api.get("/api/v1/alerts?limit=2&offset=1").bodyAsJsonObject();
        // an offset instant works when its '+' is percent-encoded; empty values count as not given
        JsonObject filtered = api.get("/api/v1/alerts?channel=cam-1&type=ZONE_INTRUSION&state=new"
                + "&from=2024-05-01T16:00:01%2B08:00&to=2024-05-01T08:00:05Z&limit=&offset=").bodyAsJsonObject();

        assertThat(eventTimes(all)).containsExactly("2024-05-01T08:00:05Z", "2024-05-01T08:00:04Z",
                "2024-05-01T08:00:03Z", "2024-05-01T08:00:02Z", "2024-05-01T08:00:01Z", "2024-05-01T08:00:00Z");
        assertThat(all.getLong("total")).isEqualTo(6);
        assertThat(all.getInteger("limit")).isEqualTo(50);
        assertThat(eventTimes(page)).containsExactly("2024-05-01T08:00:04Z", "2024-05-01T08:00:03Z");
        assertThat(page.getLong("total")).isEqualTo(6);
        assertThat(page.getInteger("offset")).isEqualTo(1);
        assertThat(eventTimes(filtered)).containsExactly("2024-05-01T08:00:02Z");
        assertThat(filtered.getLong("total")).isEqualTo(1);
    }

    private static List<String> eventTimes(JsonObject page) {
        return page.getJsonArray("alerts").stream().map(a -> ((JsonObject) a).getString("eventTime")).toList();
    }

    @Test
    void acknowledgesOnceThenAnswersConflictWithTheCurrentState() throws Exception {
        Alert alert = submit("cam-1", "ZONE_INTRUSION", T0, null);
        String path = "/api/v1/alerts/" + alert.id() + "/acknowledge";

        HttpResponse<Buffer> first = api.sendJson(HttpMethod.POST, path, "{\"by\":\"wang\",\"note\":\"patrol sent\"}");
        HttpResponse<Buffer> second = api.sendJson(HttpMethod.POST, path, "{\"by\":\"zhao\"}");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.bodyAsJsonObject().getMap()).containsEntry("state", "ACKNOWLEDGED")
                .containsEntry("acknowledgedBy", "wang").containsEntry("acknowledgeNote", "patrol sent")
                .containsEntry("acknowledgedAt", ApiTestServer.NOW.toString());
        assertThat(second.statusCode()).isEqualTo(409);
        JsonObject conflict = second.bodyAsJsonObject();
        assertThat(conflict.getString("state")).isEqualTo("ACKNOWLEDGED");
        assertThat(conflict.getString("detail"))
                .isEqualTo("alert \"" + alert.id() + "\" is ACKNOWLEDGED, cannot acknowledge; allowed: dispatch, dismiss");
        assertThat(conflict.getJsonArray("allowed")).containsExactly("dispatch", "dismiss");
        assertThat(conflict.getJsonObject("alert").getString("acknowledgedBy")).isEqualTo("wang");
        assertThat(api.alerts.find(alert.id()).orElseThrow().acknowledgedBy()).isEqualTo("wang");
    }

    @Test
    void acknowledgesWithoutBodyAndRefusesUnknownAlerts() throws Exception {
        Alert alert = submit("cam-1", "ZONE_INTRUSION", T0, null);

        HttpResponse<Buffer> acknowledged = api.await(
                api.authorized(HttpMethod.POST, "/api/v1/alerts/" + alert.id() + "/acknowledge").send());
        HttpResponse<Buffer> unknown = api.sendJson(HttpMethod.POST, "/api/v1/alerts/nope/acknowledge", "{}");

        assertThat(acknowledged.statusCode()).isEqualTo(200);
        assertThat(acknowledged.bodyAsJsonObject().getString("state")).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.bodyAsJsonObject().getString("acknowledgedBy")).isNull();
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
