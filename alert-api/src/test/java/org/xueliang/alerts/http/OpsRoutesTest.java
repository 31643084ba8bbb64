package org.xueliang.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xueliang.analytics.AnalyticsEvent;

@ExtendWith(VertxExtension.class)
class OpsRoutesTest {
    private ApiTestServer api;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        api = new ApiTestServer(vertx, dir);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private HttpResponse<Buffer> open(String path) throws Exception {
        return ApiTestServer.await(api.client.get(path).send());
    }

    private void createChannel(String id) throws Exception {
        HttpResponse<Buffer> created = api.sendJson(HttpMethod.POST, "/api/v1/channels",
                "{\"id\":\"" + id + "\",\"source\":{\"type\":\"rtsp\",\"url\":\"rtsp://10.0.0.5/" + id + "\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
    }

    @Test
    void healthReportsTheStoreAndTheChannelCount() throws Exception {
        createChannel("cam-1");
        createChannel("cam-2");

        HttpResponse<Buffer> response = open("/healthz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.bodyAsJsonObject()).isEqualTo(new JsonObject().put("status", "ok").put("store", "ok")
                .put("channels", 2).put("running", 2));
    }

    @Test
    void healthIsUnavailableWhenTheStoreIsDown() throws Exception {
        api.db.database().close();

        HttpResponse<Buffer> response = open("/healthz");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.bodyAsJsonObject().getString("status")).isEqualTo("unavailable");
        assertThat(response.bodyAsJsonObject().getString("store")).startsWith("counting channels failed: ");
    }

    @Test
    void metricsExposeJvmChannelAndAlertFamilies() throws Exception {
        createChannel("cam-1");
        api.alertService.submit(new AnalyticsEvent("cam-1", "lawn", "ZONE_INTRUSION",
                Instant.parse("2024-05-01T08:00:00Z"), List.of(), null)).get(10, TimeUnit.SECONDS);

        HttpResponse<Buffer> response = open("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.getHeader("Content-Type")).startsWith("text/plain; version=0.0.4");
        assertThat(response.bodyAsString().lines()).contains(
                "xl_channel_input_fps{channel=\"cam-1\",} 25.0",
                "xl_channel_analysed_fps{channel=\"cam-1\",} 5.0",
                "xl_channel_dropped_frames_total{channel=\"cam-1\",} 3.0",
                "xl_channel_reconnects_total{channel=\"cam-1\",} 1.0",
                "xl_channel_online{channel=\"cam-1\",} 1.0",
                "xl_alerts_total{channel=\"cam-1\",type=\"ZONE_INTRUSION\",} 1.0",
                "xl_alert_publish_latency_seconds_bucket{le=\"2.0\",} 1.0",
                "xl_alert_publish_latency_seconds_bucket{le=\"1.0\",} 0.0",
                "xl_alert_publish_latency_seconds_sum 2.0",
                "xl_stream_connections 0.0");
        assertThat(response.bodyAsString()).contains("jvm_memory_bytes_used{area=\"heap\",}", "jvm_threads_current");
    }

    @Test
    void unknownRoutesGetAProblem() throws Exception {
        HttpResponse<Buffer> response = open("/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.bodyAsJsonObject().getInteger("status")).isEqualTo(404);
    }
}
