package org.xueliang.server.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's demo command, run as an operator would: the packaged jar with samples/demo.yml
 * pushes zone and line-crossing alerts with snapshots within a minute, and the configuration check
 * exits 0 or 2.
 */
class DemoIT {
    /** The demo's public token, from samples/demo.yml. */
    private static final String TOKEN = "demo-token-change-me-0000";
    private static final Duration ALERTS_WITHIN = Duration.ofSeconds(60);
    private static final Duration CLI_TIMEOUT = Duration.ofSeconds(30);

    @RegisterExtension
    final ServerProcesses servers = new ServerProcesses();

    @Test
    void demoCommandPushesAlertsWithSnapshotsWithinAMinute() throws Exception {
        long start = System.nanoTime();
        Instant startedAt = Instant.now();
        Path dataDir = TestPaths.workDir("demo");
        int port = TestPaths.freePort();
        ServerProcess server = servers.start(dataDir.resolve("server.log"),
                Map.of("XL_HTTP_PORT", String.valueOf(port), "XL_DATA_DIR", dataDir.toString(),
                        "XL_SIP_PORT", String.valueOf(TestPaths.freePort())),
                "--config", "samples/demo.yml");
        ApiClient api = new ApiClient(port, TOKEN);
        Await.until(Await.remaining(start, ALERTS_WITHIN), () -> api.isListening() || !server.isAlive(),
                () -> "the server does not listen on port " + port);
        assertThat(server.isAlive()).as("server still running; output:%n%s", server.output()).isTrue();

        try (AlertStream stream = api.openAlertStream()) {
            // four channels raise alerts; the first channel's footpath zone is the one checked in detail
            JsonNode pushed = stream.await(Await.remaining(start, ALERTS_WITHIN),
                    alert -> alert.path("channelId").asText().equals("demo-square")
                            && "footpath".equals(alert.path("ruleId").asText()), "alert of the footpath zone");
            assertThat(pushed.path("channelId").asText()).isEqualTo("demo-square");
            assertThat(pushed.path("ruleId").asText()).isEqualTo("footpath");
            assertThat(pushed.path("type").asText()).isEqualTo("ZONE_INTRUSION");
            assertThat(pushed.path("state").asText()).isEqualTo("NEW");
            assertThat(Instant.parse(pushed.path("eventTime").asText())).isAfter(startedAt);
            assertThat(pushed.path("boxes")).as("boxes of %s", pushed).isNotEmpty();
            String id = pushed.path("id").asText();

            assertThat(api.alerts("demo-square")).extracting(alert -> alert.path("id").asText()).contains(id);
            // the detail is the pushed alert plus its (still empty) audit trail and resolution
            ObjectNode detail = (ObjectNode) api.getJson("/api/v1/alerts/" + id);
            assertThat(detail.path("trail")).as("trail of %s", detail).isEmpty();
            assertThat(detail.path("resolution").isNull()).as("resolution of %s", detail).isTrue();
            detail.remove(List.of("trail", "resolution"));
            assertThat(detail).isEqualTo(pushed);
            assertThat(pushed.path("snapshotUrl").asText()).isEqualTo("/api/v1/alerts/" + id + "/snapshot");
            // vtest.avi is 768x576; the demo analyses it 640 wide, and snapshots come at the analysis size
            Snapshots.assertJpeg(api, pushed.path("snapshotUrl").asText(), 640, 480);
            // it may have come before the zone's alert: looked for among the stored alerts
            JsonNode crossing = Await.value(Await.remaining(start, ALERTS_WITHIN), () -> api.alerts("demo-square")
                    .stream().filter(alert -> "crossing".equals(alert.path("ruleId").asText())).findFirst(),
                    Optional::isPresent, none -> "no alert of the crossing line stored").orElseThrow();
            assertThat(crossing.path("type").asText()).isEqualTo("LINE_CROSSING");
            assertThat(crossing.path("channelId").asText()).isEqualTo("demo-square");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(ALERTS_WITHIN);
        // XL_DATA_DIR was obeyed: the embedded database lives there, not in the repository's data/
        assertThat(dataDir.resolve("xueliang.mv.db")).exists();
    }

    @Test
    void validateConfigAcceptsTheDemo() throws Exception {
        ServerProcess.Result result = ServerProcess.run(TestPaths.workDir("validate"), CLI_TIMEOUT,
                "--validate-config", "samples/demo.yml");

        assertThat(result.exitCode()).as("stderr: %s", result.stderr()).isZero();
        assertThat(result.stdout()).isEqualTo("config OK: 4 channels\n");
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void brokenConfigExitsWithTwoAndEveryErrorOnStderr() throws Exception {
        Path dir = TestPaths.workDir("broken");
        Path broken = Files.writeString(dir.resolve("broken.yml"), """
                http:
                  port: 70000
                api:
                  token: short
                channels:
                  - id: Gate North
                    source: {type: rtsp, url: "http://admin:hunter2@10.0.0.5/cam"}
                """);
        String expected = "invalid configuration " + broken + " (4 errors):\n"
                + "  http.port: must be between 1 and 65535, got 70000\n"
                + "  api.token: must be at least 16 characters, got 5\n"
                + "  channels[0].id: must be 1 to 64 lower-case letters, digits, '_' or '-', starting with a letter"
                + " or digit, got \"Gate North\"\n"
                + "  channels[0].source.url: must start with rtsp:// or rtsps://, got \"http://admin:***@10.0.0.5/cam\"\n";

        for (String mode : new String[] {"--validate-config", "--config"}) {
            ServerProcess.Result result = ServerProcess.run(dir, CLI_TIMEOUT, mode, broken.toString());

            assertThat(result.exitCode()).as("%s exit code, stdout %s", mode, result.stdout()).isEqualTo(2);
            assertThat(result.stderr()).as(mode).isEqualTo(expected);
            assertThat(result.stdout()).as(mode).isEmpty();
        }
    }
}
