package org.xueliang.server.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web console's API against real video: a looped H.264 file made by the ffmpeg CLI and the
 * GStreamer RTSP server of samples/rtsp. Live view from the analysis frames, full-rate fragmented
 * MP4 read back by ffprobe, probe, snapshot, statistics and layouts. The server runs in this JVM.
 */
class ConsoleIT {
    private static final Duration WITHIN = Duration.ofSeconds(15);
    private static final Duration MESSAGE_WITHIN = Duration.ofSeconds(10);
    private static final int FRAGMENTS = 50;

    private static InProcessServer server;
    private static ApiClient api;
    private static RtspTestServer camera;
    private static Path workDir;

    @BeforeAll
    static void start() throws Exception {
        workDir = TestPaths.workDir("console");
        server = InProcessServer.start(workDir, InProcessServer.QUICK_RECONNECT);
        api = server.api();
        camera = RtspTestServer.startBall();
        Path clip = workDir.resolve("pattern.mp4");
        run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                "testsrc2=size=640x360:rate=25", "-t", "4", "-c:v", "libx264", "-g", "25", "-pix_fmt", "yuv420p",
                clip.toString());
        create("{\"id\":\"pattern\",\"source\":{\"type\":\"file\",\"path\":\"" + clip
                + "\"},\"analysis\":{\"fps\":5,\"width\":320}}");
        create("{\"id\":\"ball\",\"source\":{\"type\":\"rtsp\",\"url\":\"" + camera.url()
                + "\"},\"analysis\":{\"fps\":5,\"width\":320}}");
        create("{\"id\":\"vtest\",\"source\":{\"type\":\"file\",\"path\":\"samples/footage/vtest.avi\"}}");
        awaitOnline("pattern");
        awaitOnline("ball");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
        if (camera != null) {
            camera.close();
        }
    }

    @Test
    void liveViewSendsAnOverlayBeforeEachChangingJpegAtTheAskedRate() throws Exception {
        for (String channel : List.of("pattern", "ball")) {
            List<byte[]> pictures = new ArrayList<>();
            try (ConsoleSocket live = ConsoleSocket.open(api, "/api/v1/channels/" + channel + "/live?fps=2")) {
                long first = 0;
                long last = 0;
                while (pictures.size() < 5) {
                    ConsoleSocket.Message message = live.next(MESSAGE_WITHIN);
                    assertThat(message.isText()).as("an overlay comes first").isTrue();
                    JsonNode overlay = ApiClient.parse(message.text());
                    assertThat(overlay.path("type").asText()).isEqualTo("overlay");
                    assertThat(overlay.path("channel").asText()).isEqualTo(channel);
                    assertThat(overlay.path("quality").path("score").isInt()).isTrue();
                    if (overlay.path("width").asInt() == 0) {
                        continue; // a status sent before the first frame came
                    }
                    assertThat(overlay.path("state").asText()).isEqualTo("ONLINE");
                    ConsoleSocket.Message jpeg = live.next(MESSAGE_WITHIN);
                    assertThat(jpeg.isText()).as("the picture follows its overlay").isFalse();
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg.bytes()));
                    assertThat(image.getWidth()).isEqualTo(overlay.path("width").asInt()).isEqualTo(320);
                    assertThat(image.getHeight()).isEqualTo(overlay.path("height").asInt());
                    pictures.add(jpeg.bytes());
                    first = first == 0 ? jpeg.arrivedAtMillis() : first;
                    last = jpeg.arrivedAtMillis();
                }
                // 5 pictures at 2 a second span about 2 s, never the 0.8 s of the 5 fps analysis
                assertThat(last - first).as("time from first to fifth picture of %s", channel)
                        .isGreaterThan(1500);
            }
            Set<String> distinct = new HashSet<>();
            pictures.forEach(bytes -> distinct.add(Arrays.toString(bytes)));
            assertThat(distinct).as("pictures of %s change over time", channel).hasSizeGreaterThan(1);
        }
        double encoded = metric("xl_live_frames_encoded");
        System.out.printf("live view: %.0f JPEGs encoded on analysis threads, %.2f ms each on average%n", encoded,
                metric("xl_live_encode_seconds") * 1000 / encoded);
        // nobody watches any more: the channels keep being analysed at 5 fps, but nothing is encoded
        Thread.sleep(1500);
        assertThat(metric("xl_live_frames_encoded")).isEqualTo(encoded);
    }

    private static double metric(String name) {
        return api.metrics().lines().filter(line -> line.startsWith(name + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(name.length() + 1))).orElseThrow();
    }

    @Test
    void liveViewOfAStoppedChannelSendsItsStateWithoutPicture() throws Exception {
        create("{\"id\":\"gone\",\"source\":{\"type\":\"rtsp\",\"url\":\"rtsp://127.0.0.1:" + TestPaths.freePort()
                + "/cam\"}}");
        assertThat(api.delete("/api/v1/channels/gone").statusCode()).isEqualTo(204);
        HttpResponse<String> missing = api.get("/api/v1/channels/gone/snapshot");
        assertThat(missing.statusCode()).isEqualTo(404);
        create("{\"id\":\"idle\",\"source\":{\"type\":\"rtsp\",\"url\":\"rtsp://127.0.0.1:" + TestPaths.freePort()
                + "/cam\"}}");
        try (ConsoleSocket live = ConsoleSocket.open(api, "/api/v1/channels/idle/live")) {
            JsonNode overlay = ApiClient.parse(live.next(MESSAGE_WITHIN).text());
            assertThat(overlay.path("state").asText()).isIn("STARTING", "RECONNECTING", "OFFLINE");
            assertThat(overlay.path("width").asInt()).isZero();
            ConsoleSocket.Message next = live.next(MESSAGE_WITHIN);
            assertThat(next.isText()).as("no picture of a channel without frames").isTrue();
        }
    }

    @Test
    void fullRateViewIsFragmentedMp4OfTheOriginalStream() throws Exception {
        for (String channel : List.of("pattern", "ball")) {
            Path mp4 = workDir.resolve(channel + "-remuxed.mp4");
            List<Long> delays = new ArrayList<>();
            try (ConsoleSocket video = ConsoleSocket.open(api, "/api/v1/channels/" + channel + "/video");
                 OutputStream out = Files.newOutputStream(mp4)) {
                JsonNode init = ApiClient.parse(video.next(MESSAGE_WITHIN).text());
                assertThat(init.path("type").asText()).isEqualTo("init");
                assertThat(init.path("mime").asText()).matches("video/mp4; codecs=\"avc1\\.[0-9A-F]{6}\"");
                assertThat(init.path("width").asInt()).isEqualTo(640);
                System.out.printf("full-rate view of %s: %s%n", channel, init);
                byte[] ftyp = video.next(MESSAGE_WITHIN).bytes();
                assertThat(new String(ftyp, 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
                out.write(ftyp);
                long lastSeq = 0;
                for (int i = 0; i < FRAGMENTS; i++) {
                    JsonNode fragment = ApiClient.parse(video.next(MESSAGE_WITHIN).text());
                    assertThat(fragment.path("type").asText()).isEqualTo("fragment");
                    assertThat(fragment.path("seq").asLong()).isEqualTo(lastSeq + 1);
                    lastSeq = fragment.path("seq").asLong();
                    ConsoleSocket.Message data = video.next(MESSAGE_WITHIN);
                    assertThat(new String(data.bytes(), 4, 4, StandardCharsets.US_ASCII)).isEqualTo("moof");
                    delays.add(data.arrivedAtMillis() - fragment.path("receivedAt").asLong());
                    out.write(data.bytes());
                }
            }
            delays.sort(null);
            System.out.printf("full-rate view of %s: delay from packet read to browser, median %d ms, max %d ms%n",
                    channel, delays.get(delays.size() / 2), delays.get(delays.size() - 1));
            assertThat(delays.get(delays.size() / 2)).as("median delay of %s in ms", channel).isLessThan(1000);
            assertThat(probe(mp4)).isEqualTo("h264," + FRAGMENTS);
            Await.until(WITHIN, () -> api.metrics().contains("xl_video_sessions 0.0"),
                    () -> "the session of " + channel + " to end after its viewer left");
        }
    }

    @Test
    void fullRateViewOfAChannelThatIsNotH264IsAConflict() throws Exception {
        String response = rawUpgrade("/api/v1/channels/vtest/video");
        assertThat(response).startsWith("HTTP/1.1 409");
        assertThat(response).contains("application/problem+json").contains("full-rate view needs an H.264 RTSP or"
                + " file channel: the video is msmpeg4v3");
    }

    @Test
    void probeReadsASourceAndExplainsAFailureWithoutThePassword() {
        HttpResponse<String> ok = api.postJson("/api/v1/channels/probe",
                "{\"source\":{\"type\":\"rtsp\",\"url\":\"" + camera.url() + "\"}}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        JsonNode probed = ApiClient.parse(ok.body());
        assertThat(probed.path("codec").asText()).isEqualTo("h264");
        assertThat(probed.path("width").asInt()).isEqualTo(640);
        assertThat(probed.path("height").asInt()).isEqualTo(480);
        String snapshot = probed.path("snapshot").asText();
        assertThat(snapshot).startsWith("data:image/jpeg;base64,");
        byte[] jpeg = Base64.getDecoder().decode(snapshot.substring("data:image/jpeg;base64,".length()));
        assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8);

        int closed = TestPaths.freePort();
        HttpResponse<String> refused = api.postJson("/api/v1/channels/probe",
                "{\"source\":{\"type\":\"rtsp\",\"url\":\"rtsp://li:secret@127.0.0.1:" + closed + "/cam\"}}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(ApiClient.parse(refused.body()).path("detail").asText()).isEqualTo(
                "connect failed: Connection refused (rtsp://li:***@127.0.0.1:" + closed + "/cam)");
        assertThat(refused.body()).doesNotContain("secret");

        HttpResponse<String> invalid = api.postJson("/api/v1/channels/probe",
                "{\"source\":{\"type\":\"rtsp\",\"url\":\"http://x\"},\"extra\":1}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(ApiClient.parse(invalid.body()).path("errors").toString())
                .contains("extra").contains("source.url");
    }

    @Test
    void snapshotIsTheLatestAnalysisFrame() throws IOException {
        Snapshots.assertJpeg(api, "/api/v1/channels/pattern/snapshot", 320, 180);
        assertThat(api.get("/api/v1/channels/nope/snapshot").statusCode()).isEqualTo(404);
    }

    @Test
    void statisticsAsJsonAndCsv() {
        JsonNode summary = api.getJson("/api/v1/stats/summary?from=2026-01-01T00:00:00Z&to=2026-12-31T00:00:00Z"
                + "&tz=Asia/Shanghai");
        assertThat(summary.path("from").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(summary.path("byHour")).hasSize(24);
        assertThat(summary.path("byDay")).hasSize(365);
        assertThat(summary.path("acknowledge").has("p90Seconds")).isTrue();
        HttpResponse<String> csv = api.get("/api/v1/stats/summary.csv?from=2026-11-01T00:00:00Z"
                + "&to=2026-11-02T00:00:00Z");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"alerts-2026-11-01T00-00-00Z-2026-11-02T00-00-00Z.csv\"");
        assertThat(csv.body()).startsWith("section,key,value\r\n").contains("hour,23,");
        HttpResponse<String> bad = api.get("/api/v1/stats/summary?from=yesterday&to=2026-01-01T00:00:00Z");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void layoutRoundTrip() {
        JsonNode fallback = api.getJson("/api/v1/me/layout");
        assertThat(fallback.path("tiles").asInt()).isEqualTo(4);
        assertThat(fallback.path("overlay").asBoolean()).isTrue();
        assertThat(fallback.path("tour").isNull()).isTrue();
        assertThat(fallback.path("channels").toString()).contains("\"ball\"");
        String layout = "{\"tiles\":9,\"channels\":[\"pattern\",\"ball\"],\"overlay\":false,"
                + "\"tour\":{\"channels\":[\"ball\"],\"intervalSeconds\":10}}";
        HttpResponse<String> saved = api.putJson("/api/v1/me/layout", layout);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(api.getJson("/api/v1/me/layout")).isEqualTo(ApiClient.parse(layout));
        HttpResponse<String> bad = api.putJson("/api/v1/me/layout", "{\"tiles\":3,\"channels\":[\"nope\"]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(ApiClient.parse(bad.body()).path("errors")).hasSize(2);
    }

    private static void create(String body) {
        HttpResponse<String> created = api.postJson("/api/v1/channels", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private static void awaitOnline(String id) {
        Await.until(WITHIN, () -> api.health(id).path("state").asText().equals("ONLINE"), () -> id + " online");
    }

    /** An upgrade request as a browser sends it, answered by the raw status line, headers and body. */
    private static String rawUpgrade(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", api.port())) {
            socket.setSoTimeout(20_000);
            String request = "GET " + api.webSocket(path).getRawPath() + "?" + api.webSocket(path).getRawQuery()
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int read;
            while (!response.toString(StandardCharsets.UTF_8).contains("}") && (read = in.read(buffer)) > 0) {
                response.write(buffer, 0, read);
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    private static String probe(Path mp4) throws IOException, InterruptedException {
        return new String(run("ffprobe", "-v", "error", "-count_packets", "-show_entries",
                "stream=codec_name,nb_read_packets", "-of", "csv=p=0", mp4.toString()), StandardCharsets.UTF_8)
                .strip();
    }

    private static byte[] run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("command failed: " + String.join(" ", command));
        }
        return output;
    }
}
