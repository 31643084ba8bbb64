package org.xueliang.server.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Structured analysis through the API on real footage: a line-crossing rule on the OpenCV
 * pedestrians (samples/footage/vtest.avi) raises LINE_CROSSING alerts, a rule added to a running
 * channel fires without restarting it, and a black clip made by the ffmpeg CLI raises VIDEO_QUALITY
 * alerts, first for its darkness and then for the signal lost when it ends. Quality checks are
 * sampled every 500 ms, reported after 2 s, and the signal counts as lost after 3 s.
 */
class StructuredAnalysisIT {
    private static final Duration ONLINE_WITHIN = Duration.ofSeconds(15);
    private static final Duration ALERT_WITHIN = Duration.ofSeconds(60);
    private static final String VTEST = "samples/footage/vtest.avi";
    /** Across the square just below the middle, where pedestrians walk up and down the picture. */
    private static final String GATE = """
            {"id": "gate", "type": "line_crossing", "start": [0.0, 0.55], "end": [1.0, 0.55], "direction": "both",
             "classes": [], "cooldown": "0s"}""";

    private static InProcessServer server;
    private static ApiClient api;
    private static Path workDir;
    private AlertStream stream;
    private LogCapture log;

    @BeforeAll
    static void startServer() throws Exception {
        workDir = TestPaths.workDir("structured");
        server = InProcessServer.start(workDir, InProcessServer.QUICK_RECONNECT, """
                analytics:
                  quality: {enabled: true, interval: 500ms, persistence: 2s, signalLoss: 3s}
                """);
        api = server.api();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closeStream() {
        if (stream != null) {
            stream.close();
        }
        if (log != null) {
            log.close();
        }
    }

    @Test
    void aLineCrossingRuleOnRealFootageRaisesLineCrossingAlerts() throws Exception {
        stream = api.openAlertStream();

        HttpResponse<String> created = api.postJson("/api/v1/channels", channel("square-gate", VTEST, true, GATE));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode rule = ApiClient.parse(created.body()).path("rules").path(0);
        assertThat(rule.path("type").asText()).isEqualTo("line_crossing");
        assertThat(rule.path("direction").asText()).isEqualTo("both");
        assertThat(rule.path("schedule").isNull()).as("schedule of %s", rule).isTrue();

        JsonNode alert = stream.await(ALERT_WITHIN, pushed -> "square-gate".equals(pushed.path("channelId").asText())
                && "LINE_CROSSING".equals(pushed.path("type").asText()), "line crossing of square-gate");
        assertThat(alert.path("ruleId").asText()).isEqualTo("gate");
        assertThat(alert.path("boxes")).as("boxes of %s", alert).isNotEmpty();
        assertThat(api.alerts("square-gate")).extracting(a -> a.path("id").asText())
                .contains(alert.path("id").asText());
        Snapshots.assertJpeg(api, alert.path("snapshotUrl").asText(), 640, 480);
        assertThat(api.delete("/api/v1/channels/square-gate").statusCode()).isEqualTo(204);
    }

    @Test
    void aRuleAddedToARunningChannelFiresWithoutARestart() throws Exception {
        log = LogCapture.start();
        stream = api.openAlertStream();
        String id = "square-live";
        assertThat(api.postJson("/api/v1/channels", channel(id, VTEST, true)).statusCode()).isEqualTo(201);
        awaitOnline(id);
        JsonNode before = api.health(id);

        HttpResponse<String> replaced = api.putJson("/api/v1/channels/" + id, channel(id, VTEST, true, GATE));
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        JsonNode alert = stream.await(ALERT_WITHIN, pushed -> id.equals(pushed.path("channelId").asText())
                && "LINE_CROSSING".equals(pushed.path("type").asText()), "line crossing of " + id);

        assertThat(alert.path("ruleId").asText()).isEqualTo("gate");
        JsonNode after = api.health(id);
        assertThat(after.path("state").asText()).isEqualTo("ONLINE");
        assertThat(after.path("reconnects").asLong()).isEqualTo(before.path("reconnects").asLong());
        // a restart opens a new ingest channel, which logs "started" and goes online again
        assertThat(occurrences(log.text(), "channel " + id + " started")).isEqualTo(1);
        assertThat(occurrences(log.text(), "channel " + id + ": online")).isEqualTo(1);
        assertThat(log.text()).contains("channel " + id + ": 0 zone(s), 1 rule(s) take effect without a restart");
        assertThat(api.delete("/api/v1/channels/" + id).statusCode()).isEqualTo(204);
    }

    @Test
    void aBlackClipRaisesVideoQualityAlertsForDarknessThenForTheLostSignal() throws Exception {
        Path black = blackClip(workDir.resolve("black.avi"), 6);
        stream = api.openAlertStream();
        String id = "black";
        assertThat(api.postJson("/api/v1/channels", channel(id, black.toString(), false)).statusCode()).isEqualTo(201);

        JsonNode dark = stream.await(ALERT_WITHIN, pushed -> id.equals(pushed.path("channelId").asText())
                && "quality.TOO_DARK".equals(pushed.path("ruleId").asText()), "TOO_DARK of " + id);
        assertThat(dark.path("type").asText()).isEqualTo("VIDEO_QUALITY");
        JsonNode quality = Await.value(ONLINE_WITHIN, () -> api.health(id).path("videoQuality"),
                q -> q.path("failing").toString().contains("TOO_DARK"), JsonNode::toString);
        assertThat(quality.path("score").asInt()).isBetween(0, 60);

        JsonNode lost = stream.await(ALERT_WITHIN, pushed -> id.equals(pushed.path("channelId").asText())
                && "quality.SIGNAL_LOSS".equals(pushed.path("ruleId").asText()), "SIGNAL_LOSS of " + id);
        assertThat(lost.path("type").asText()).isEqualTo("VIDEO_QUALITY");
        assertThat(api.alerts(id)).extracting(a -> a.path("ruleId").asText())
                .contains("quality.TOO_DARK", "quality.SIGNAL_LOSS");
        assertThat(api.health(id).path("videoQuality").path("score").asInt()).isZero();
        assertThat(api.delete("/api/v1/channels/" + id).statusCode()).isEqualTo(204);
    }

    private static String channel(String id, String path, boolean loop, String... rules) {
        return """
                {"id": "%s", "source": {"type": "file", "path": "%s", "loop": %s},
                 "analysis": {"fps": 5, "width": 640}, "rules": [%s]}
                """.formatted(id, path, loop, String.join(",", rules));
    }

    private static void awaitOnline(String id) {
        Await.value(ONLINE_WITHIN, () -> api.health(id), h -> "ONLINE".equals(h.path("state").asText()),
                JsonNode::toString);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    /** A black 320x240 MPEG-4 clip of {@code seconds} at 10 fps, made by the ffmpeg CLI. */
    private static Path blackClip(Path file, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-y", "-loglevel", "error", "-f", "lavfi", "-i",
                "color=c=black:s=320x240:r=10", "-t", Integer.toString(seconds), "-c:v", "mpeg4", file.toString()));
        Process ffmpeg = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(ffmpeg.waitFor(30, TimeUnit.SECONDS)).as("ffmpeg finished").isTrue();
        String output = new String(ffmpeg.getInputStream().readAllBytes());
        assertThat(ffmpeg.exitValue()).as("ffmpeg: %s", output).isZero();
        return file;
    }
}
