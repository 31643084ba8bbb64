package org.xueliang.server.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Broken channels next to a good one in one server: an RTSP port where nothing listens, a host that
 * does not resolve (with a password in its URL) and a truncated video file each report a precise
 * reason and keep retrying, while the good channel goes on analysing and alerting.
 */
class ChannelIsolationIT {
    private static final String PASSWORD = "secret";
    private static final String GOOD = "footpath-cam";
    private static final String REFUSED = "refused-cam";
    private static final String UNKNOWN_HOST = "unknown-host-cam";
    private static final String TRUNCATED = "truncated-file";
    private static final Duration WITHIN = Duration.ofSeconds(15);
    /** The head of vtest.avi (8 MB, 79.5 s): under 3 s of video, and no index, then the file stops. */
    private static final int TRUNCATED_BYTES = 300_000;
    private static final String WHOLE_FRAME = "[[0, 0], [1, 0], [1, 1], [0, 1]]";

    private static LogCapture logs;
    private static InProcessServer server;
    private static ApiClient api;
    private static Path truncatedFile;
    /** Every API response body read by this test, searched for the password at the end. */
    private final List<String> apiOutput = new ArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        Path work = TestPaths.workDir("isolation");
        truncatedFile = truncatedCopy(TestPaths.repoRoot().resolve("samples/footage/vtest.avi"),
                work.resolve("vtest-truncated.avi"));
        logs = LogCapture.start();
        server = InProcessServer.start(work, "{initialDelay: 1s, maxDelay: 2s, jitter: 0.1}");
        api = server.api();
    }

    @AfterAll
    static void stopServer() {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            if (logs != null) {
                logs.close();
            }
        }
    }

    @Test
    void brokenChannelsReportWhyWhileTheGoodOneGoesOn() {
        int closedPort = TestPaths.freePort();
        create(GOOD, """
                {"type": "file", "path": "samples/footage/vtest.avi", "loop": true}""",
                "[[0, 0.35], [1, 0.35], [1, 0.75], [0, 0.75]]");
        create(REFUSED, rtsp("rtsp://127.0.0.1:" + closedPort + "/x"), WHOLE_FRAME);
        create(UNKNOWN_HOST, rtsp("rtsp://user:" + PASSWORD + "@no-such-host.invalid/x"), WHOLE_FRAME);
        create(TRUNCATED, """
                {"type": "file", "path": "%s", "loop": false}""".formatted(truncatedFile), WHOLE_FRAME);

        assertThat(awaitState(REFUSED, "RECONNECTING").path("reason").asText())
                .isEqualTo("connect failed: Connection refused (rtsp://127.0.0.1:" + closedPort + "/x)");
        assertThat(awaitState(UNKNOWN_HOST, "RECONNECTING").path("reason").asText())
                .isEqualTo("connect failed: unknown host no-such-host.invalid (rtsp://user:***@no-such-host.invalid/x)");
        // the file plays for a second or two, then ends early, and is opened again after the back-off
        assertThat(awaitState(TRUNCATED, "OFFLINE").path("reason").asText())
                .startsWith("file ended early at ").endsWith("(file " + truncatedFile + ")");
        Instant allFailed = Instant.now();
        for (String bad : List.of(REFUSED, UNKNOWN_HOST)) {
            Await.until(WITHIN, () -> reconnectsInMetrics(bad) > 0, () -> "reconnects of " + bad + " in /metrics");
        }

        // cooldown 2 s: the good channel goes on alerting every few seconds while the others fail
        awaitAlertsOfGoodChannelAfter(allFailed, 2);
        JsonNode good = api.health(GOOD);
        assertThat(good.path("state").asText()).as("%s", good).isEqualTo("ONLINE");
        assertThat(good.path("analysedFps").asDouble()).as("%s", good).isPositive();
        assertThat(good.path("reconnects").asLong()).as("%s", good).isZero();
        assertThat(api.alerts(REFUSED)).isEmpty();
        assertThat(api.getOpen("/healthz").statusCode()).isEqualTo(200);

        assertPasswordNeverShown();
    }

    @Test
    void invalidChannelIsRefusedWithEveryErrorAndNothingIsSaved() {
        HttpResponse<String> refused = api.postJson("/api/v1/channels", """
                {"id": "half-valid", "name": "%s",
                 "source": {"type": "rtsp", "url": "http://user:%s@camera/x", "transport": "carrier-pigeon",
                            "readTimeout": "5"},
                 "analysis": {"fps": 0, "width": 100},
                 "zones": [{"id": "z", "polygon": [[0, 0], [1, 0]], "speed": 3}]}
                """.formatted("n".repeat(101), PASSWORD));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = ApiClient.parse(refused.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(e -> errors.add(e.path("path").asText() + ": " + e.path("message").asText()));
        assertThat(errors).containsExactly(
                "name: must be at most 100 characters, got 101",
                "source.url: must start with rtsp:// or rtsps://, got \"http://user:***@camera/x\"",
                "source.transport: must be one of tcp, udp, got \"carrier-pigeon\"",
                "source.readTimeout: missing unit in \"5\": add ms, s, m or h, e.g. \"5s\"",
                "analysis.fps: must be greater than 0 and at most 30, got 0",
                "analysis.width: must be between 160 and 1920, got 100",
                "zones[0].speed: unknown key, allowed: id, polygon, minArea, minDwell, cooldown",
                "zones[0].polygon: must have at least 3 points, got 2");
        assertThat(refused.body()).doesNotContain(PASSWORD);
        assertThat(api.get("/api/v1/channels/half-valid").statusCode()).isEqualTo(404);
        assertThat(api.getJson("/api/v1/channels").path("channels").findValuesAsText("id")).doesNotContain("half-valid");
        assertThat(api.getOpen("/metrics").body()).doesNotContain("half-valid");
        assertThat(logs.text()).doesNotContain(PASSWORD);
    }

    /** Reads every place a password could leak through: API answers, metrics and the server's log. */
    private void assertPasswordNeverShown() {
        JsonNode channel = api.getJson("/api/v1/channels/" + UNKNOWN_HOST);
        assertThat(channel.path("source").path("url").asText()).isEqualTo("rtsp://user:***@no-such-host.invalid/x");
        apiOutput.add(channel.toString());
        apiOutput.add(api.get("/api/v1/channels").body());
        apiOutput.add(api.health(UNKNOWN_HOST).toString());
        apiOutput.add(api.getOpen("/metrics").body());
        assertThat(apiOutput).allSatisfy(body -> assertThat(body).doesNotContain(PASSWORD));

        String log = logs.text();
        // the capture did see the failing channel, with its password masked
        assertThat(log).contains("user:***@no-such-host.invalid").doesNotContain(PASSWORD);
        assertThat(log.lines().filter(line -> line.startsWith("ERROR"))).as("errors logged").isEmpty();
    }

    private static void awaitAlertsOfGoodChannelAfter(Instant moment, int count) {
        Await.until(WITHIN, () -> api.alerts(GOOD).stream()
                        .filter(alert -> Instant.parse(alert.path("eventTime").asText()).isAfter(moment))
                        .count() >= count,
                () -> count + " alerts of " + GOOD + " after " + moment + "; alerts " + api.alerts(GOOD));
    }

    private static long reconnectsInMetrics(String channelId) {
        Matcher value = Pattern.compile("^xl_channel_reconnects_total\\{channel=\"" + Pattern.quote(channelId)
                + "\",} (\\S+)$", Pattern.MULTILINE).matcher(api.metrics());
        return value.find() ? (long) Double.parseDouble(value.group(1)) : -1;
    }

    private void create(String id, String source, String polygon) {
        HttpResponse<String> created = api.postJson("/api/v1/channels", """
                {"id": "%s", "source": %s,
                 "zones": [{"id": "zone", "polygon": %s, "minDwell": "500ms", "cooldown": "2s"}]}
                """.formatted(id, source, polygon));
        apiOutput.add(created.body());
        assertThat(created.statusCode()).as("POST %s: %s", id, created.body()).isEqualTo(201);
    }

    private static String rtsp(String url) {
        return """
                {"type": "rtsp", "url": "%s", "transport": "tcp"}""".formatted(url);
    }

    private JsonNode awaitState(String id, String state) {
        return Await.value(WITHIN, () -> api.health(id), health -> state.equals(health.path("state").asText()),
                health -> state + " expected, health " + health);
    }

    private static Path truncatedCopy(Path source, Path target) throws IOException {
        try (InputStream in = Files.newInputStream(source); OutputStream out = Files.newOutputStream(target)) {
            out.write(in.readNBytes(TRUNCATED_BYTES));
        }
        return target;
    }
}
