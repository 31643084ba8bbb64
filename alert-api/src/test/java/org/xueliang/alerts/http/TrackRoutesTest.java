package org.xueliang.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_A1;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_B1;
import static org.xueliang.alerts.tracks.TrackFixtures.T0;
import static org.xueliang.alerts.tracks.TrackFixtures.record;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xueliang.alerts.auth.Role;
import org.xueliang.alerts.auth.UserSpec;
import org.xueliang.alerts.jurisdiction.TwoTownships;
import org.xueliang.alerts.tracks.TrackFixtures;

/** {@code /api/v1/tracks}: search with filters and paging, one track, its best view, and the duty officer's scope. */
@ExtendWith(VertxExtension.class)
class TrackRoutesTest {
    private ApiTestServer api;
    private long redPerson;
    private long blueCar;
    private long whitePerson;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        api = new ApiTestServer(vertx, dir);
        redPerson = api.tracks.save(record(CAM_A1, 1, "person", "red", T0, 10, 300, "lawn"));
        blueCar = api.tracks.save(record(CAM_A1, 2, "car", "blue", T0.plusSeconds(20), 10, 0, "road"));
        whitePerson = api.tracks.save(record(CAM_B1, 1, "person", "white", T0.plusSeconds(40), 10, 0, "lawn"));
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    @Test
    void getsOneTrackInTheRestShape() throws Exception {
        HttpResponse<Buffer> response = api.get("/api/v1/tracks/" + redPerson);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.bodyAsJsonObject()).isEqualTo(new JsonObject()
                .put("id", redPerson).put("channelId", CAM_A1).put("trackNo", 1).put("class", "person")
                .put("firstSeen", "2024-05-01T08:00:00Z").put("lastSeen", "2024-05-01T08:00:10Z")
                .put("durationSeconds", 10.0)
                .put("path", new JsonArray()
                        .add(new JsonObject().put("time", "2024-05-01T08:00:00Z").put("x", 0.1).put("y", 0.8))
                        .add(new JsonObject().put("time", "2024-05-01T08:00:05Z").put("x", 0.3).put("y", 0.8))
                        .add(new JsonObject().put("time", "2024-05-01T08:00:10Z").put("x", 0.5).put("y", 0.8)))
                .put("meanSpeed", 0.04).put("direction", 90.0).put("heading", "right").put("colour", "red")
                .put("bestBox", new JsonObject().put("x", 0.4).put("y", 0.5).put("width", 0.1).put("height", 0.3))
                .put("bestTime", "2024-05-01T08:00:05Z")
                .put("snapshotUrl", "/api/v1/tracks/" + redPerson + "/snapshot")
                .put("zones", new JsonArray().add("lawn")));
        assertThat(api.get("/api/v1/tracks/" + blueCar).bodyAsJsonObject().getValue("snapshotUrl")).isNull();
    }

    @Test
    void searchesWithFiltersAndPagesTheLatestFirst() throws Exception {
        JsonObject all = api.get("/api/v1/tracks").bodyAsJsonObject();
        JsonObject people = api.get("/api/v1/tracks?class=person").bodyAsJsonObject();
        JsonObject lawn = api.get("/api/v1/tracks?zone=lawn&channel=" + CAM_A1).bodyAsJsonObject();
        JsonObject blue = api.get("/api/v1/tracks?colour=BLUE").bodyAsJsonObject();
        JsonObject window = api.get("/api/v1/tracks?from=2024-05-01T08:00:25Z&to=2024-05-01T08:00:45Z")
                .bodyAsJsonObject();
        JsonObject second = api.get("/api/v1/tracks?limit=2&offset=1&class=&colour=").bodyAsJsonObject();

        assertThat(ids(all)).containsExactly(whitePerson, blueCar, redPerson);
        assertThat(ids(people)).containsExactly(whitePerson, redPerson);
        assertThat(ids(lawn)).containsExactly(redPerson);
        assertThat(ids(blue)).containsExactly(blueCar);
        assertThat(ids(window)).containsExactly(whitePerson, blueCar);
        assertThat(ids(second)).containsExactly(blueCar, redPerson);
        assertThat(second.getLong("total")).isEqualTo(3);
        assertThat(second.getInteger("limit")).isEqualTo(2);
        assertThat(second.getLong("offset")).isEqualTo(1);
    }

    @Test
    void servesTheBestViewAsJpegAndAnswers404WithoutOne() throws Exception {
        HttpResponse<Buffer> jpeg = api.get("/api/v1/tracks/" + redPerson + "/snapshot");
        HttpResponse<Buffer> none = api.get("/api/v1/tracks/" + blueCar + "/snapshot");
        HttpResponse<Buffer> missing = api.get("/api/v1/tracks/999/snapshot");

        assertThat(jpeg.statusCode()).isEqualTo(200);
        assertThat(jpeg.getHeader("Content-Type")).isEqualTo("image/jpeg");
        assertThat(jpeg.body().getBytes()).isEqualTo(TrackFixtures.jpeg(300));
        assertProblem(none, 404, "track " + blueCar + " has no snapshot");
        assertProblem(missing, 404, "track 999 not found");
        assertProblem(api.get("/api/v1/tracks/999"), 404, "track 999 not found");
    }

    @Test
    void aDutyOfficerSeesTheTracksOfHisTownshipOnly() throws Exception {
        TwoTownships.seed(api.jurisdictions);
        String officerA = api.accounts.issueToken(api.accounts.create(new UserSpec("zhang.wei", Role.DUTY_OFFICER,
                TwoTownships.TOWNSHIP_A, "township-a-pass")).name(), null).secret();

        JsonObject page = ApiTestServer.await(api.as(officerA, HttpMethod.GET, "/api/v1/tracks").send())
                .bodyAsJsonObject();
        HttpResponse<Buffer> own = ApiTestServer.await(api.as(officerA, HttpMethod.GET,
                "/api/v1/tracks/" + redPerson).send());
        HttpResponse<Buffer> other = ApiTestServer.await(api.as(officerA, HttpMethod.GET,
                "/api/v1/tracks/" + whitePerson).send());
        HttpResponse<Buffer> otherView = ApiTestServer.await(api.as(officerA, HttpMethod.GET,
                "/api/v1/tracks/" + whitePerson + "/snapshot").send());

        assertThat(ids(page)).containsExactly(blueCar, redPerson);
        assertThat(page.getLong("total")).isEqualTo(2);
        assertThat(own.statusCode()).isEqualTo(200);
        assertProblem(other, 404, "track " + whitePerson + " not found");
        assertProblem(otherView, 404, "track " + whitePerson + " not found");
    }

    @Test
    void needsAToken() throws Exception {
        HttpResponse<Buffer> response = ApiTestServer.await(api.client.get("/api/v1/tracks").send());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static void assertProblem(HttpResponse<Buffer> response, int status, String detail) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.bodyAsJsonObject().getString("detail")).isEqualTo(detail);
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("tracks").stream().map(track -> ((JsonObject) track).getLong("id")).toList();
    }
}
