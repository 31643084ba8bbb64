package org.xueliang.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.RtspSourceConfig;

@ExtendWith(VertxExtension.class)
class ChannelRoutesTest {
    private static final String CAM_1 = "{\"id\":\"cam-1\",\"name\":\"Square, east gate\",\"source\":{\"type\":\"rtsp\","
            + "\"url\":\"rtsp://admin:s3cret@10.0.0.5:554/Streaming/Channels/101\"},\"analysis\":{\"fps\":4},"
            + "\"zones\":[{\"id\":\"lawn\",\"polygon\":[[0.1,0.5],[0.9,0.5],[0.9,0.95]]}]}";

    private ApiTestServer api;
    private Path dir;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        this.dir = dir;
        api = new ApiTestServer(vertx, dir);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private HttpResponse<Buffer> create(String json) throws Exception {
        return api.sendJson(HttpMethod.POST, "/api/v1/channels", json);
    }

    @Test
    void createSavesStartsAndAnswersWithTheMaskedChannelAndItsHealth() throws Exception {
        HttpResponse<Buffer> response = create(CAM_1);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.getHeader("Location")).isEqualTo("/api/v1/channels/cam-1");
        JsonObject channel = response.bodyAsJsonObject();
        assertThat(channel.getString("id")).isEqualTo("cam-1");
        assertThat(channel.getString("name")).isEqualTo("Square, east gate");
        assertThat(channel.getJsonObject("source").getString("url"))
                .isEqualTo("rtsp://admin:***@10.0.0.5:554/Streaming/Channels/101");
        assertThat(response.bodyAsString()).doesNotContain("s3cret");
        assertThat(channel.getJsonObject("analysis").getInteger("fps")).isEqualTo(4);
        assertThat(channel.getString("createdAt")).isEqualTo(ApiTestServer.NOW.toString());
        assertThat(channel.getJsonObject("health").getString("state")).isEqualTo("ONLINE");
        assertThat(channel.getJsonObject("health").getDouble("analysedFps")).isEqualTo(4.0);
        assertThat(channel.getJsonObject("health").getJsonObject("videoQuality").getInteger("score")).isEqualTo(70);
        assertThat(channel.getJsonArray("rules")).isEmpty();

        assertThat(api.control.calls).containsExactly("start cam-1");
        RtspSourceConfig started = (RtspSourceConfig) api.control.runningSpec("cam-1").orElseThrow().source();
        assertThat(started.url()).isEqualTo("rtsp://admin:s3cret@10.0.0.5:554/Streaming/Channels/101");
        assertThat(api.channelStore.find("cam-1")).isPresent();
    }

    @Test
    void resolvesRelativeFilePathsAgainstTheBaseFolder() throws Exception {
        Files.write(dir.resolve("clip.avi"), new byte[] {1, 2, 3});

        HttpResponse<Buffer> response = create("{\"id\":\"file-1\",\"source\":{\"type\":\"file\",\"path\":\"clip.avi\"}}");

        assertThat(response.statusCode()).isEqualTo(201);
        FileSourceConfig source = (FileSourceConfig) api.control.runningSpec("file-1").orElseThrow().source();
        assertThat(source.path()).isEqualTo(dir.resolve("clip.avi").toAbsolutePath().normalize());
        assertThat(source.loop()).isTrue();
    }

    @Test
    void aDuplicateIdIsAConflictAndChangesNothing() throws Exception {
        create(CAM_1);

        HttpResponse<Buffer> response = create(CAM_1.replace("10.0.0.5", "10.0.0.6"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.bodyAsJsonObject().getString("detail")).isEqualTo("channel \"cam-1\" already exists");
        assertThat(api.control.calls).containsExactly("start cam-1");
        RtspSourceConfig stored = (RtspSourceConfig) api.channelStore.find("cam-1").orElseThrow().spec().source();
        assertThat(stored.url()).contains("10.0.0.5");
    }

    @Test
    void listsAndGetsChannels() throws Exception {
        create(CAM_1);
        create(CAM_1.replace("cam-1", "cam-0"));

        HttpResponse<Buffer> list = api.get("/api/v1/channels");
        HttpResponse<Buffer> one = api.get("/api/v1/channels/cam-0");
        HttpResponse<Buffer> missing = api.get("/api/v1/channels/cam-9");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.bodyAsJsonObject().getJsonArray("channels").stream()
                .map(c -> ((JsonObject) c).getString("id")).toList()).containsExactly("cam-0", "cam-1");
        assertThat(list.bodyAsString()).doesNotContain("s3cret");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.bodyAsJsonObject().getString("id")).isEqualTo("cam-0");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.bodyAsJsonObject().getString("detail")).isEqualTo("channel \"cam-9\" does not exist");
    }

    @Test
    void putReplacesTheSpecAndHandsItToTheRunningChannel() throws Exception {
        create(CAM_1);

        HttpResponse<Buffer> response = api.sendJson(HttpMethod.PUT, "/api/v1/channels/cam-1",
                CAM_1.replace("\"fps\":4", "\"fps\":10"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.bodyAsJsonObject().getJsonObject("analysis").getInteger("fps")).isEqualTo(10);
        assertThat(api.control.calls).containsExactly("start cam-1", "update cam-1");
        assertThat(api.control.runningSpec("cam-1").orElseThrow().sampling().fps()).isEqualTo(10.0);
    }

    @Test
    void putRefusesABodyForAnotherChannelAndChangesNothing() throws Exception {
        create(CAM_1);

        HttpResponse<Buffer> response = api.sendJson(HttpMethod.PUT, "/api/v1/channels/cam-1",
                CAM_1.replace("cam-1", "cam-2").replace("\"fps\":4", "\"fps\":10"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getMap())
                .containsEntry("path", "id")
                .containsEntry("message", "must equal the channel id in the path \"cam-1\", got \"cam-2\"");
        assertThat(api.control.calls).containsExactly("start cam-1");
        assertThat(api.channelStore.find("cam-1").orElseThrow().spec().sampling().fps()).isEqualTo(4.0);
        assertThat(api.channelStore.count()).isEqualTo(1);
    }

    @Test
    void putOfAnUnknownChannelIsNotFound() throws Exception {
        HttpResponse<Buffer> response = api.sendJson(HttpMethod.PUT, "/api/v1/channels/cam-1", CAM_1);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(api.control.calls).isEmpty();
        assertThat(api.channelStore.count()).isZero();
    }

    @Test
    void deleteStopsTheChannel() throws Exception {
        create(CAM_1);

        HttpResponse<Buffer> deleted = api.await(api.authorized(HttpMethod.DELETE, "/api/v1/channels/cam-1").send());
        HttpResponse<Buffer> again = api.await(api.authorized(HttpMethod.DELETE, "/api/v1/channels/cam-1").send());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(api.control.calls).containsExactly("start cam-1", "stop cam-1");
        assertThat(api.channelStore.find("cam-1")).isEmpty();
        assertThat(again.statusCode()).isEqualTo(404);
    }

    @Test
    void healthOfARunningAStoppedAndAnUnknownChannel() throws Exception {
        create(CAM_1);
        api.control.failToStart("cam-2");
        create(CAM_1.replace("cam-1", "cam-2"));

        JsonObject running = api.get("/api/v1/channels/cam-1/health").bodyAsJsonObject();
        JsonObject failed = api.get("/api/v1/channels/cam-2/health").bodyAsJsonObject();
        HttpResponse<Buffer> unknown = api.get("/api/v1/channels/cam-3/health");

        assertThat(running.getMap()).containsEntry("channelId", "cam-1").containsEntry("state", "ONLINE")
                .containsEntry("inputFps", 25.0).containsEntry("droppedFrames", 3).containsEntry("reconnects", 1)
                .containsEntry("codec", "h264").containsEntry("lastFrameTime", "2024-05-01T08:00:00Z");
        assertThat(running.getJsonObject("videoQuality").getMap()).containsEntry("score", 70)
                .containsEntry("failing", List.of("BLUR"));
        assertThat(failed.getMap()).containsEntry("state", "OFFLINE").containsEntry("reason", "not running")
                .containsEntry("videoQuality", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
