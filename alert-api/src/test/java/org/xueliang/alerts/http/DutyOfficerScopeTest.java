package org.xueliang.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_A1;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_A2;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_B1;
import static org.xueliang.alerts.jurisdiction.TwoTownships.CAM_NOWHERE;
import static org.xueliang.alerts.jurisdiction.TwoTownships.TOWNSHIP_A;
import static org.xueliang.alerts.jurisdiction.TwoTownships.TOWNSHIP_B;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xueliang.alerts.auth.Role;
import org.xueliang.alerts.auth.UserSpec;
import org.xueliang.alerts.jurisdiction.TwoTownships;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertState;
import org.xueliang.analytics.AnalyticsEvent;

/**
 * Acceptance 2: the token of a duty officer of township A sees and acts on the alerts of A's
 * channels only; an alert of township B answers exactly as an alert that does not exist.
 */
@ExtendWith(VertxExtension.class)
class DutyOfficerScopeTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};

    private ApiTestServer api;
    private WebSocketClient sockets;
    private String officerA;
    private Alert a1;
    private Alert a2;
    private Alert b1;
    private Alert nowhere;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        api = new ApiTestServer(vertx, dir);
        sockets = vertx.createWebSocketClient();
        TwoTownships.seed(api.jurisdictions);
        HttpResponse<Buffer> created = api.sendJson(HttpMethod.POST, "/api/v1/users", "{\"name\":\"zhang.wei\","
                + "\"role\":\"duty_officer\",\"jurisdiction\":\"" + TOWNSHIP_A + "\",\"password\":\"township-a-pass\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        HttpResponse<Buffer> login = ApiTestServer.await(api.client.post("/api/v1/auth/login")
                .putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer("{\"name\":\"zhang.wei\",\"password\":\"township-a-pass\"}")));
        assertThat(login.statusCode()).isEqualTo(200);
        officerA = login.bodyAsJsonObject().getString("token");
        a1 = submit(CAM_A1, 0);
        a2 = submit(CAM_A2, 1);
        b1 = submit(CAM_B1, 2);
        nowhere = submit(CAM_NOWHERE, 3);
    }

    @AfterEach
    void stop() throws Exception {
        ApiTestServer.await(sockets.close());
        api.close();
    }

    private Alert submit(String channel, int secondsAfter) throws Exception {
        return api.alertService.submit(new AnalyticsEvent(channel, "lawn", "ZONE_INTRUSION",
                T0.plusSeconds(secondsAfter), List.of(), JPEG)).get(10, TimeUnit.SECONDS);
    }

    private HttpResponse<Buffer> asOfficer(HttpMethod method, String path) throws Exception {
        return ApiTestServer.await(api.as(officerA, method, path).send());
    }

    @Test
    void listsOnlyTheAlertsOfHisTownship() throws Exception {
        JsonObject page = asOfficer(HttpMethod.GET, "/api/v1/alerts").bodyAsJsonObject();
        JsonObject filteredToB = asOfficer(HttpMethod.GET, "/api/v1/alerts?channel=" + CAM_B1).bodyAsJsonObject();
        String officerB = api.accounts.issueToken(api.accounts.create(new UserSpec("li.na", Role.DUTY_OFFICER,
                TOWNSHIP_B, "township-b-pass")).name(), null).secret();
        JsonObject pageOfB = ApiTestServer.await(api.as(officerB, HttpMethod.GET, "/api/v1/alerts").send())
                .bodyAsJsonObject();
        JsonObject everything = api.get("/api/v1/alerts").bodyAsJsonObject();

        assertThat(ids(page)).containsExactly(a2.id(), a1.id());
        assertThat(page.getLong("total")).isEqualTo(2);
        assertThat(filteredToB.getLong("total")).isZero();
        assertThat(ids(pageOfB)).containsExactly(b1.id());
        assertThat(ids(everything)).containsExactly(nowhere.id(), b1.id(), a2.id(), a1.id());
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("alerts").stream().map(a -> ((JsonObject) a).getString("id")).toList();
    }

    static Stream<Arguments> routesOfOneAlert() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "", null),
                Arguments.of(HttpMethod.GET, "/snapshot", null),
                Arguments.of(HttpMethod.GET, "/photo", null),
                Arguments.of(HttpMethod.POST, "/acknowledge", "{}"),
                Arguments.of(HttpMethod.POST, "/dispatch", "{\"to\":\"x\",\"dueAt\":\"2024-05-01T10:00:00Z\"}"),
                Arguments.of(HttpMethod.POST, "/resolve", "{\"feedback\":\"x\"}"),
                Arguments.of(HttpMethod.POST, "/close", "{}"),
                Arguments.of(HttpMethod.POST, "/dismiss", "{\"reason\":\"x\"}"));
    }

    @ParameterizedTest(name = "{0} /alerts/:id{1}")
    @MethodSource("routesOfOneAlert")
    void anAlertOfTheOtherTownshipIsNotFoundLikeOneThatDoesNotExist(HttpMethod method, String route, String body)
            throws Exception {
        HttpResponse<Buffer> other = send(method, "/api/v1/alerts/" + b1.id() + route, body);
        HttpResponse<Buffer> unknown = send(method, "/api/v1/alerts/" + "0".repeat(36) + route, body);
        HttpResponse<Buffer> unassigned = send(method, "/api/v1/alerts/" + nowhere.id() + route, body);

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(unassigned.statusCode()).isEqualTo(404);
        JsonObject problem = other.bodyAsJsonObject();
        assertThat(problem.getString("detail")).isEqualTo("alert \"" + b1.id() + "\" does not exist");
        // nothing tells the missing apart from the hidden but the id
        assertThat(problem.put("detail", "")).isEqualTo(unknown.bodyAsJsonObject().put("detail", ""));
        assertThat(other.headers().names()).containsExactlyInAnyOrderElementsOf(unknown.headers().names());
        assertThat(api.alerts.find(b1.id()).orElseThrow().state()).isEqualTo(AlertState.NEW);
    }

    private HttpResponse<Buffer> send(HttpMethod method, String path, String body) throws Exception {
        return body == null ? asOfficer(method, path) : api.sendJson(officerA, method, path, body);
    }

    @Test
    void actsOnTheAlertsOfHisTownshipUnderHisName() throws Exception {
        HttpResponse<Buffer> acknowledged = api.sendJson(officerA, HttpMethod.POST,
                "/api/v1/alerts/" + a2.id() + "/acknowledge", "{\"note\":\"school guard informed\"}");
        HttpResponse<Buffer> snapshot = asOfficer(HttpMethod.GET, "/api/v1/alerts/" + a2.id() + "/snapshot");
        JsonObject detail = asOfficer(HttpMethod.GET, "/api/v1/alerts/" + a2.id()).bodyAsJsonObject();

        assertThat(acknowledged.statusCode()).isEqualTo(200);
        assertThat(snapshot.body().getBytes()).isEqualTo(JPEG);
        assertThat(detail.getJsonArray("trail").getJsonObject(0).getString("by")).isEqualTo("zhang.wei");
        // the site makes it level 1; its jurisdiction is the site's village
        assertThat(detail.getInteger("level")).isEqualTo(1);
        assertThat(detail.getString("jurisdiction")).isEqualTo(TwoTownships.VILLAGE_A);
    }

    @Test
    void seesOnlyHisTownshipsDismissals() throws Exception {
        for (Alert alert : List.of(a1, b1)) {
            api.sendJson(HttpMethod.POST, "/api/v1/alerts/" + alert.id() + "/dismiss", "{\"reason\":\"cat\"}");
        }

        JsonObject counts = asOfficer(HttpMethod.GET, "/api/v1/stats/dismissed").bodyAsJsonObject();

        assertThat(counts.getJsonArray("counts").stream().map(c -> ((JsonObject) c).getString("channelId")))
                .containsExactly(CAM_A1);
    }

    @Test
    void hisConsoleReceivesOnlyTheAlertsOfHisTownship() throws Exception {
        List<JsonObject> officerConsole = connect("?token=" + officerA, 1);
        List<JsonObject> centreConsole = connect("?token=" + ApiTestServer.TOKEN, 2);

        Alert fromB = submit(CAM_B1, 10);
        Alert fromNowhere = submit(CAM_NOWHERE, 11);
        Alert fromA = submit(CAM_A1, 12);
        api.sendJson(HttpMethod.POST, "/api/v1/alerts/" + b1.id() + "/acknowledge", "");
        api.sendJson(HttpMethod.POST, "/api/v1/alerts/" + a1.id() + "/acknowledge", "");

        awaitSize(centreConsole, 5);
        awaitSize(officerConsole, 2);
        // messages on one socket keep their order: anything of B would have come before A's
        assertThat(officerConsole).extracting(json -> json.getString("id")).containsExactly(fromA.id(), a1.id());
        assertThat(centreConsole).extracting(json -> json.getString("id"))
                .containsExactly(fromB.id(), fromNowhere.id(), fromA.id(), b1.id(), a1.id());
    }

    private List<JsonObject> connect(String query, int consolesAfter) throws Exception {
        List<JsonObject> received = Collections.synchronizedList(new ArrayList<>());
        WebSocket socket = ApiTestServer.await(sockets.connect(new WebSocketConnectOptions().setHost("127.0.0.1")
                .setPort(api.port).setURI("/api/v1/alerts/stream" + query)));
        socket.textMessageHandler(text -> received.add(new JsonObject(text)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (api.streams.connections() < consolesAfter && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(api.streams.connections()).isEqualTo(consolesAfter);
        return received;
    }

    private static void awaitSize(List<JsonObject> messages, int size) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (messages.size() < size && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(messages).hasSize(size);
    }

    static Stream<Arguments> configurationRoutes() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/v1/channels", "admin or operator"),
                Arguments.of(HttpMethod.GET, "/api/v1/gb/devices", "admin or operator"),
                Arguments.of(HttpMethod.GET, "/api/v1/jurisdictions", "admin or operator"),
                Arguments.of(HttpMethod.GET, "/api/v1/sites", "admin or operator"),
                Arguments.of(HttpMethod.DELETE, "/api/v1/channels/cam-a1", "admin"),
                Arguments.of(HttpMethod.POST, "/api/v1/jurisdictions/import", "admin"),
                Arguments.of(HttpMethod.PUT, "/api/v1/channels/cam-a1/assignment", "admin"),
                Arguments.of(HttpMethod.GET, "/api/v1/users", "admin"),
                Arguments.of(HttpMethod.POST, "/api/v1/users/zhang.wei/tokens", "admin"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("configurationRoutes")
    void mayNotTouchConfiguration(HttpMethod method, String path, String needed) throws Exception {
        HttpResponse<Buffer> response = ApiTestServer.await(api.as(officerA, method, path)
                .putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer("{}")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.bodyAsJsonObject().getString("detail")).isEqualTo("user \"zhang.wei\" (duty_officer) may not "
                + method + " " + path + ": it needs role " + needed);
    }

    @Test
    void knowsWhoHeIs() throws Exception {
        assertThat(asOfficer(HttpMethod.GET, "/api/v1/auth/me").bodyAsJsonObject()).isEqualTo(new JsonObject()
                .put("name", "zhang.wei").put("role", "duty_officer").put("jurisdiction", TOWNSHIP_A));
    }
}
