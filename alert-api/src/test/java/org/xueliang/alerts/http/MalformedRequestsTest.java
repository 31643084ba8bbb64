package org.xueliang.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xueliang.alerts.gb.FakeGbGateway;
import org.xueliang.alerts.gb.GbCatalogItem;
import org.xueliang.alerts.gb.GbRegistration;
import org.xueliang.alerts.gb.SipTransport;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertQuery;
import org.xueliang.alerts.store.AlertState;
import org.xueliang.analytics.AnalyticsEvent;

/**
 * Every malformed body or parameter gets its exact problem, and nothing is saved or started.
 * Paths may contain {@code {alert}}, replaced by the id of an existing NEW alert.
 */
@ExtendWith(VertxExtension.class)
class MalformedRequestsTest {
    private static final String CHANNELS = "/api/v1/channels";
    private static final String ACK = "/api/v1/alerts/{alert}/acknowledge";
    private static final String LIST = "/api/v1/alerts?";
    private static final String TRACKS = "/api/v1/tracks";
    private static final String GB_DEVICE = "34020000001180000001";
    private static final String GB_CHANNEL = "34020000001310000001";
    private static final String DEVICES = "/api/v1/gb/devices";
    private static final String PTZ = DEVICES + "/" + GB_DEVICE + "/channels/" + GB_CHANNEL + "/ptz";
    private static final String ADOPT = DEVICES + "/" + GB_DEVICE + "/channels/" + GB_CHANNEL + "/adopt";
    private static final String ACTIONS = "left, right, up, down, upleft, upright, downleft, downright, zoomin, "
            + "zoomout, stop, preset-set, preset-call, preset-delete";
    private static final String ALERT = "/api/v1/alerts/{alert}/";
    private static final String JURISDICTIONS = "/api/v1/jurisdictions";
    private static final String USERS = "/api/v1/users";
    private static final String CODE_RULE = "must be 1 to 32 letters, digits, '_' or '-', starting with a letter or digit";
    private static final String CHANNEL_RULE = "must be a channel id, 1 to 64 lower-case letters, digits, '_' or '-'";
    private static final String JSON = "application/json";
    private static final String NOT_JSON = "body is not valid JSON: ";
    private static final String EXPECTING_VALUE =
            "was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

    private ApiTestServer api;
    private Alert existing;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        api = new ApiTestServer(vertx, dir);
        api.gbDevices.register(new GbRegistration(GB_DEVICE, SipTransport.UDP, "10.0.0.7:5060", null,
                Instant.parse("2024-05-01T08:00:00Z"), Instant.parse("2024-05-01T09:00:00Z")));
        api.gbDevices.replaceChannels(GB_DEVICE, List.of(new GbCatalogItem(GB_CHANNEL, "Gate", null, null, null,
                null, "ON", null, null, null)));
        api.gateway.device(GB_DEVICE, FakeGbGateway.Behaviour.ANSWERS);
        existing = api.alertService.submit(new AnalyticsEvent("cam-1", "lawn", "ZONE_INTRUSION",
                Instant.parse("2024-05-01T08:00:00Z"), List.of(), null)).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    static Stream<Arguments> channelAndDeviceCases() {
        return Stream.of(
                bad("truncated JSON", HttpMethod.POST, CHANNELS, JSON, "{\"id\": \"cam-1\",",
                        NOT_JSON + "Unexpected end-of-input within/between Object entries (line 1, column 16)"),
                bad("unquoted string", HttpMethod.POST, CHANNELS, JSON, "{\"id\": cam-1}",
                        NOT_JSON + "Unrecognized token 'cam': " + EXPECTING_VALUE + " (line 1, column 12)"),
                bad("trailing garbage", HttpMethod.POST, CHANNELS, JSON, "{\"id\":\"cam-1\"} x",
                        NOT_JSON + "Unrecognized token 'x': " + EXPECTING_VALUE + " (line 1, column 17)"),
                bad("duplicate key", HttpMethod.POST, CHANNELS, JSON, "{\"id\":\"cam-1\",\"id\":\"cam-2\"}",
                        NOT_JSON + "Duplicate field 'id' (line 1, column 19)"),
                bad("empty body", HttpMethod.POST, CHANNELS, JSON, "",
                        "must be an object (key: value pairs), got nothing"),
                bad("array body", HttpMethod.POST, CHANNELS, JSON, "[1, 2]",
                        "must be an object (key: value pairs), got a list"),
                bad("missing source", HttpMethod.POST, CHANNELS, JSON, "{\"id\":\"cam-1\"}",
                        "source: is required, an object with type: file, rtsp or gb28181"),
                bad("unknown key and bad url", HttpMethod.POST, CHANNELS, JSON,
                        "{\"id\":\"cam-1\",\"source\":{\"type\":\"rtsp\",\"url\":\"http://x\"},\"colour\":\"red\"}",
                        "colour: unknown key, allowed: id, name, source, analysis, zones, rules",
                        "source.url: must start with rtsp:// or rtsps://, got \"http://x\""),
                bad("unknown source key", HttpMethod.POST, CHANNELS, JSON,
                        "{\"id\":\"cam-1\",\"source\":{\"type\":\"rtsp\",\"url\":\"rtsp://10.0.0.5/1\",\"kind\":1}}",
                        "source.kind: unknown key, allowed: type, url, transport, connectTimeout, readTimeout"),
                bad("bad id, fps and polygon", HttpMethod.POST, CHANNELS, JSON,
                        "{\"id\":\"Cam 1\",\"source\":{\"type\":\"rtsp\",\"url\":\"rtsp://10.0.0.5/1\"},"
                                + "\"analysis\":{\"fps\":0},\"zones\":[{\"id\":\"z\",\"polygon\":[[0,0],[1,1]]}]}",
                        "id: must be 1 to 64 lower-case letters, digits, '_' or '-', starting with a letter or digit,"
                                + " got \"Cam 1\"",
                        "analysis.fps: must be greater than 0 and at most 30, got 0",
                        "zones[0].polygon: must have at least 3 points, got 2"),
                bad("wrong content type", HttpMethod.POST, CHANNELS, "text/plain", "id: cam-1",
                        415, "content type must be application/json, got \"text/plain\""),
                bad("body too large", HttpMethod.POST, CHANNELS, JSON,
                        "{\"name\":\"" + "x".repeat(ApiTestServer.BODY_LIMIT) + "\"}",
                        413, "request body must be at most 8192 bytes"),
                bad("unknown state", HttpMethod.GET, LIST + "state=OPEN", null, null,
                        "state: must be one of NEW, ACKNOWLEDGED, DISPATCHED, RESOLVED, CLOSED, DISMISSED,"
                                + " got \"OPEN\""),
                bad("limit zero", HttpMethod.GET, LIST + "limit=0", null, null,
                        "limit: must be an integer from 1 to 500, got \"0\""),
                bad("limit above 500", HttpMethod.GET, LIST + "limit=501", null, null,
                        "limit: must be an integer from 1 to 500, got \"501\""),
                bad("limit not a number", HttpMethod.GET, LIST + "limit=ten", null, null,
                        "limit: must be an integer from 1 to 500, got \"ten\""),
                bad("negative offset", HttpMethod.GET, LIST + "offset=-1", null, null,
                        "offset: must be an integer of at least 0, got \"-1\""),
                bad("from not an instant", HttpMethod.GET, LIST + "from=yesterday", null, null,
                        "from: must be an ISO-8601 instant such as 2024-05-01T08:00:00Z, got \"yesterday\""),
                bad("to before from", HttpMethod.GET, LIST + "from=2024-05-02T00:00:00Z&to=2024-05-01T00:00:00Z",
                        null, null, "to: must not be before from 2024-05-02T00:00:00Z, got 2024-05-01T00:00:00Z"),
                bad("unknown parameter", HttpMethod.GET, LIST + "camera=cam-1", null, null,
                        "camera: unknown parameter, allowed: channel, type, state, from, to, limit, offset"),
                bad("repeated parameter", HttpMethod.GET, LIST + "channel=cam-1&channel=cam-2", null, null,
                        "channel: must be given once, got 2 values"),
                bad("acknowledge with unknown key", HttpMethod.POST, ACK, JSON, "{\"by\":\"li\",\"who\":\"li\"}",
                        "who: unknown key, allowed: by, note"),
                bad("acknowledge by a number", HttpMethod.POST, ACK, JSON, "{\"by\":5,\"note\":true}",
                        "by: must be a string, got 5", "note: must be a string, got true"),
                bad("acknowledge with a list", HttpMethod.POST, ACK, JSON, "[\"li\"]",
                        "body must be a JSON object with optional keys by and note, got array"),
                bad("acknowledge with broken JSON", HttpMethod.POST, ACK, JSON, "{\"by\":}",
                        NOT_JSON + "Unexpected character ('}' (code 125)): expected a value (line 1, column 7)"),
                bad("device list online not a boolean", HttpMethod.GET, DEVICES + "?online=yes", null, null,
                        "online: must be true or false, got \"yes\""),
                bad("device list limit and offset", HttpMethod.GET, DEVICES + "?limit=501&offset=-1", null, null,
                        "limit: must be an integer from 1 to 500, got \"501\"",
                        "offset: must be an integer of at least 0, got \"-1\""),
                bad("device list unknown parameter", HttpMethod.GET, DEVICES + "?status=ON&online=true&online=false",
                        null, null, "status: unknown parameter, allowed: online, limit, offset",
                        "online: must be given once, got 2 values"),
                bad("short device id", HttpMethod.GET, DEVICES + "/123", null, null,
                        "deviceId: must be 20 digits, got \"123\""),
                bad("device id with a letter", HttpMethod.GET, DEVICES + "/3402000000118000000a/info", null, null,
                        "deviceId: must be 20 digits, got \"3402000000118000000a\""),
                bad("device id too long", HttpMethod.POST, DEVICES + "/" + GB_DEVICE + "0/catalog", null, null,
                        "deviceId: must be 20 digits, got \"" + GB_DEVICE + "0\""),
                bad("bad ids in a channel path", HttpMethod.POST, DEVICES + "/1/channels/2/ptz", JSON,
                        "{\"action\":\"left\"}", "deviceId: must be 20 digits, got \"1\"",
                        "channelId: must be 20 digits, got \"2\""),
                bad("bad channel id to adopt", HttpMethod.POST, DEVICES + "/" + GB_DEVICE + "/channels/cam-1/adopt",
                        null, null, "channelId: must be 20 digits, got \"cam-1\""),
                bad("ptz without body", HttpMethod.POST, PTZ, null, null, "action: is required, one of: " + ACTIONS),
                bad("ptz unknown action", HttpMethod.POST, PTZ, JSON, "{\"action\":\"spin\"}",
                        "action: must be one of " + ACTIONS + ", got \"spin\""),
                bad("ptz unknown key and speed too high", HttpMethod.POST, PTZ, JSON,
                        "{\"action\":\"left\",\"speed\":300,\"pan\":1}",
                        "pan: unknown key, allowed: action, speed, preset",
                        "speed: must be between 0 and 255, got 300"),
                bad("ptz speed not whole", HttpMethod.POST, PTZ, JSON, "{\"action\":\"left\",\"speed\":1.5}",
                        "speed: must be a whole number, got 1.5"),
                bad("ptz preset missing", HttpMethod.POST, PTZ, JSON, "{\"action\":\"preset-set\"}",
                        "preset: is required with action preset-set, a number from 1 to 255"),
                bad("ptz preset with a move", HttpMethod.POST, PTZ, JSON, "{\"action\":\"up\",\"preset\":3}",
                        "preset: is only allowed with action preset-set, preset-call or preset-delete, "
                                + "got action \"up\""),
                bad("ptz preset out of range", HttpMethod.POST, PTZ, JSON,
                        "{\"action\":\"preset-call\",\"preset\":0}", "preset: must be between 1 and 255, got 0"),
                bad("ptz action not a string", HttpMethod.POST, PTZ, JSON, "{\"action\":5}",
                        "action: must be a string, got 5 (put it in quotes)"),
                bad("ptz with a list", HttpMethod.POST, PTZ, JSON, "[\"left\"]",
                        "must be an object (key: value pairs), got a list"),
                bad("ptz as text", HttpMethod.POST, PTZ, "text/plain", "left",
                        415, "content type must be application/json, got \"text/plain\""),
                bad("adopt with a source", HttpMethod.POST, ADOPT, JSON, "{\"source\":{\"type\":\"rtsp\"}}",
                        "source: unknown key, allowed: id, name, transport, analysis, zones"),
                bad("adopt with a bad transport", HttpMethod.POST, ADOPT, JSON, "{\"transport\":\"sctp\"}",
                        "transport: must be one of udp, tcp, got \"sctp\""),
                bad("adopt with a bad id and fps", HttpMethod.POST, ADOPT, JSON,
                        "{\"id\":\"Gate 1\",\"analysis\":{\"fps\":0}}",
                        "id: must be 1 to 64 lower-case letters, digits, '_' or '-', starting with a letter or digit,"
                                + " got \"Gate 1\"",
                        "analysis.fps: must be greater than 0 and at most 30, got 0"),
                bad("adopt with a long name and a bad zone", HttpMethod.POST, ADOPT, JSON,
                        "{\"name\":\"" + "n".repeat(101) + "\",\"zones\":[{\"id\":\"z\",\"polygon\":[[0,0]]}]}",
                        "name: must be at most 100 characters, got 101",
                        "zones[0].polygon: must have at least 3 points, got 1"),
                bad("adopt with a list", HttpMethod.POST, ADOPT, JSON, "[]",
                        "must be an object (key: value pairs), got a list"));
    }

    static Stream<Arguments> cases() {
        return Stream.of(channelAndDeviceCases(), workflowCases(), jurisdictionCases(), userCases(), trackCases())
                .flatMap(cases -> cases);
    }

    static Stream<Arguments> trackCases() {
        String colours = "black, white, grey, red, orange, brown, yellow, green, cyan, blue, purple, pink, unknown";
        return Stream.of(
                bad("track search with every parameter wrong", HttpMethod.GET, TRACKS + "?colour=rouge&from=today"
                                + "&to=2024-05-01&limit=0&offset=x&class=" + "c".repeat(65) + "&speed=1",
                        null, null,
                        "speed: unknown parameter, allowed: channel, class, colour, zone, from, to, limit, offset",
                        "class: must be at most 64 characters, got 65",
                        "colour: must be one of " + colours + ", got \"rouge\"",
                        "from: must be an ISO-8601 instant such as 2024-05-01T08:00:00Z, got \"today\"",
                        "to: must be an ISO-8601 instant such as 2024-05-01T08:00:00Z, got \"2024-05-01\"",
                        "limit: must be an integer from 1 to 500, got \"0\"",
                        "offset: must be an integer of at least 0, got \"x\""),
                bad("track search to before from", HttpMethod.GET,
                        TRACKS + "?from=2024-05-02T00:00:00Z&to=2024-05-01T00:00:00Z&limit=501", null, null,
                        "limit: must be an integer from 1 to 500, got \"501\"",
                        "to: must not be before from 2024-05-02T00:00:00Z, got 2024-05-01T00:00:00Z"),
                bad("track search with repeated and long parameters", HttpMethod.GET,
                        TRACKS + "?zone=a&zone=b&channel=" + "c".repeat(65), null, null,
                        "channel: must be at most 64 characters, got 65", "zone: must be given once, got 2 values"),
                bad("track id not a number", HttpMethod.GET, TRACKS + "/abc", null, null,
                        "id: must be a track id, a whole number of at least 1, got \"abc\""),
                bad("track id zero", HttpMethod.GET, TRACKS + "/0/snapshot", null, null,
                        "id: must be a track id, a whole number of at least 1, got \"0\""),
                bad("track id too large", HttpMethod.GET, TRACKS + "/99999999999999999999", null, null,
                        "id: must be a track id, a whole number of at least 1, got \"99999999999999999999\""));
    }

    static Stream<Arguments> workflowCases() {
        String jpeg = "/9j/4A==";
        return Stream.of(
                bad("dispatch without body", HttpMethod.POST, ALERT + "dispatch", null, null,
                        "to: is required", "dueAt: is required, an ISO-8601 instant such as 2024-05-01T10:00:00Z"),
                bad("dispatch with unknown key, empty to, bad time", HttpMethod.POST, ALERT + "dispatch", JSON,
                        "{\"to\":\"\",\"dueAt\":\"tomorrow\",\"who\":1}", "who: unknown key, allowed: to, dueAt, note",
                        "to: must not be empty",
                        "dueAt: must be an ISO-8601 instant such as 2024-05-01T10:00:00Z, got \"tomorrow\""),
                bad("dispatch due in the past", HttpMethod.POST, ALERT + "dispatch", JSON,
                        "{\"to\":\"x\",\"dueAt\":\"2024-05-01T08:00:00Z\"}",
                        "dueAt: must be after now (2024-05-01T08:00:02Z), got 2024-05-01T08:00:00Z"),
                bad("dispatch to a long name", HttpMethod.POST, ALERT + "dispatch", JSON,
                        "{\"to\":\"" + "x".repeat(101) + "\",\"dueAt\":\"2024-05-02T08:00:00Z\"}",
                        "to: must be at most 100 characters, got 101"),
                bad("resolve without feedback", HttpMethod.POST, ALERT + "resolve", JSON, "{}", "feedback: is required"),
                bad("resolve with a photo not base64", HttpMethod.POST, ALERT + "resolve", JSON,
                        "{\"feedback\":\"x\",\"photo\":\"%%%\"}",
                        "photo: must be base64 of a JPEG or PNG image: Illegal base64 character 25"),
                bad("resolve with a photo not an image", HttpMethod.POST, ALERT + "resolve", JSON,
                        "{\"feedback\":\"x\",\"photo\":\"AAECAw==\"}",
                        "photo: must be a JPEG or PNG image, got bytes starting 00 01 02 03"),
                bad("resolve with an ftp link", HttpMethod.POST, ALERT + "resolve", JSON,
                        "{\"feedback\":\"x\",\"photoUrl\":\"ftp://x\"}",
                        "photoUrl: must start with http:// or https://, got \"ftp://x\""),
                bad("resolve with photo and link", HttpMethod.POST, ALERT + "resolve", JSON,
                        "{\"feedback\":\"x\",\"photo\":\"" + jpeg + "\",\"photoUrl\":\"https://x\"}",
                        "photoUrl: give photo or photoUrl, not both"),
                bad("dismiss without reason", HttpMethod.POST, ALERT + "dismiss", JSON, "{}",
                        "reason: is required: why the alert is a false alarm"),
                bad("dismiss with a blank reason", HttpMethod.POST, ALERT + "dismiss", JSON, "{\"reason\":\"  \"}",
                        "reason: must not be blank"),
                bad("close with a number", HttpMethod.POST, ALERT + "close", JSON, "{\"note\":5}",
                        "note: must be a string, got 5 (put it in quotes)"),
                bad("stats with an unknown parameter", HttpMethod.GET, "/api/v1/stats/dismissed?rule=x", null, null,
                        "rule: unknown parameter, allowed: from, to"));
    }

    static Stream<Arguments> jurisdictionCases() {
        return Stream.of(
                bad("empty jurisdiction", HttpMethod.POST, JURISDICTIONS, JSON, "{}", "code: is required",
                        "name: is required", "level: is required, one of county, township, village, grid"),
                bad("jurisdiction with bad fields", HttpMethod.POST, JURISDICTIONS, JSON,
                        "{\"code\":\"x y\",\"name\":\"n\",\"level\":\"city\",\"parent\":\"p q\",\"area\":1}",
                        "area: unknown key, allowed: code, name, level, parent", "code: " + CODE_RULE + ", got \"x y\"",
                        "level: must be one of county, township, village, grid, got \"city\"",
                        "parent: " + CODE_RULE + ", got \"p q\""),
                bad("township without parent", HttpMethod.POST, JURISDICTIONS, JSON,
                        "{\"code\":\"341122100\",\"name\":\"x\",\"level\":\"township\"}",
                        "parent: is required for a township"),
                bad("replace with another code", HttpMethod.PUT, JURISDICTIONS + "/341122", JSON,
                        "{\"code\":\"341123\",\"name\":\"x\",\"level\":\"county\"}",
                        "code: must equal the code in the path \"341122\", got \"341123\""),
                bad("empty site", HttpMethod.POST, "/api/v1/sites", JSON, "{}", "code: is required",
                        "name: is required", "level: is required, 1 (most important) to 3", "jurisdiction: is required"),
                bad("site with bad level and channels", HttpMethod.POST, "/api/v1/sites", JSON,
                        "{\"code\":\"s1\",\"name\":\"x\",\"level\":4,\"jurisdiction\":\"j\","
                                + "\"channels\":[\"cam-1\",\"Cam 2\",\"cam-1\"]}",
                        "level: must be between 1 and 3, got 4", "channels[1]: " + CHANNEL_RULE + ", got \"Cam 2\"",
                        "channels[2]: duplicate of channels[0] \"cam-1\""),
                bad("site in a missing jurisdiction", HttpMethod.POST, "/api/v1/sites", JSON,
                        "{\"code\":\"s1\",\"name\":\"x\",\"level\":1,\"jurisdiction\":\"j\"}",
                        "jurisdiction: jurisdiction \"j\" does not exist"),
                bad("assignment to nothing", HttpMethod.PUT, "/api/v1/channels/cam-1/assignment", JSON, "{}",
                        "give the code of a site or of a grid: {\"site\": \"...\"} or {\"grid\": \"...\"}"),
                bad("assignment to both", HttpMethod.PUT, "/api/v1/channels/cam-1/assignment", JSON,
                        "{\"site\":\"a\",\"grid\":\"b\"}", "grid: give site or grid, not both"),
                bad("assignment of a bad channel id", HttpMethod.PUT, "/api/v1/channels/Cam%201/assignment", JSON,
                        "{\"grid\":\"b\"}", "id: " + CHANNEL_RULE + ", got \"Cam 1\""),
                bad("assignment to a missing grid", HttpMethod.PUT, "/api/v1/channels/cam-1/assignment", JSON,
                        "{\"grid\":\"b\"}", "grid: jurisdiction \"b\" does not exist"),
                bad("import with an unknown column", HttpMethod.POST, JURISDICTIONS + "/import", "text/csv",
                        "code,name,level,area\n", "header: unknown column \"area\", allowed: code, name, level, parent"),
                bad("import of an object", HttpMethod.POST, JURISDICTIONS + "/import", JSON, "{}",
                        "the JSON body must be a list of objects with keys code, name, level, parent, got an object"),
                bad("import of nothing", HttpMethod.POST, JURISDICTIONS + "/import", "text/csv", "",
                        "the body is empty: send a CSV with a header row, or a JSON array"),
                bad("import as text", HttpMethod.POST, JURISDICTIONS + "/import", "text/plain", "code",
                        415, "content type must be text/csv or application/json, got \"text/plain\""));
    }

    static Stream<Arguments> userCases() {
        return Stream.of(
                bad("empty user", HttpMethod.POST, USERS, JSON, "{}", "name: is required",
                        "role: is required, one of admin, operator, duty_officer",
                        "password: is required, at least 8 characters"),
                bad("user with bad fields", HttpMethod.POST, USERS, JSON,
                        "{\"name\":\"a b\",\"role\":\"boss\",\"password\":\"short\"}",
                        "name: must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit,"
                                + " got \"a b\"",
                        "role: must be one of admin, operator, duty_officer, got \"boss\"",
                        "password: must be 8 to 200 characters, got 5"),
                bad("password as a number", HttpMethod.POST, USERS, JSON,
                        "{\"name\":\"a\",\"role\":\"operator\",\"password\":12345678}",
                        "password: must be a string, got a number (put it in quotes)"),
                bad("duty officer without jurisdiction", HttpMethod.POST, USERS, JSON,
                        "{\"name\":\"a\",\"role\":\"duty_officer\",\"password\":\"long-enough\"}",
                        "jurisdiction: is required for role duty_officer"),
                bad("token label as a number", HttpMethod.POST, USERS + "/a/tokens", JSON, "{\"label\":5}",
                        "label: must be a string, got 5 (put it in quotes)"));
    }

    private static Arguments bad(String name, HttpMethod method, String path, String contentType, String body,
                                 String... errors) {
        return Arguments.of(name, method, path, contentType, body, 400, List.of(errors));
    }

    private static Arguments bad(String name, HttpMethod method, String path, String contentType, String body,
                                 int status, String detail) {
        return Arguments.of(name, method, path, contentType, body, status, List.of(detail));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWithTheExactProblemAndSavesNothing(String name, HttpMethod method, String path, String contentType,
                                                   String body, int status, List<String> expected) throws Exception {
        HttpRequest<Buffer> request = api.authorized(method, path.replace("{alert}", existing.id()));
        if (contentType != null) {
            request.putHeader("Content-Type", contentType);
        }
        HttpResponse<Buffer> response = ApiTestServer.await(body == null ? request.send()
                : request.sendBuffer(Buffer.buffer(body)));

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
        JsonObject problem = response.bodyAsJsonObject();
        assertThat(problem.getInteger("status")).isEqualTo(status);
        if (status == 400) {
            assertThat(messages(problem.getJsonArray("errors"))).isEqualTo(expected);
        } else {
            assertThat(problem.getString("detail")).isEqualTo(expected.get(0));
        }
        assertNothingChanged();
    }

    private static List<String> messages(JsonArray errors) {
        return errors.stream().map(JsonObject.class::cast).map(error -> error.getString("path").isEmpty()
                ? error.getString("message") : error.getString("path") + ": " + error.getString("message")).toList();
    }

    private void assertNothingChanged() {
        assertThat(api.jurisdictions.list()).isEmpty();
        assertThat(api.jurisdictions.sites()).isEmpty();
        assertThat(api.accounts.list()).isEmpty();
        assertThat(api.channelStore.count()).isZero();
        assertThat(api.control.calls).isEmpty();
        assertThat(api.gateway.calls).isEmpty();
        assertThat(api.alerts.list(AlertQuery.all()).alerts()).singleElement()
                .satisfies(alert -> assertThat(alert.state()).isEqualTo(AlertState.NEW));
    }
}
