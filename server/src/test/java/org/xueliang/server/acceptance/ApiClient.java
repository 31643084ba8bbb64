package org.xueliang.server.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The server's HTTP API as a console or an integrator script would call it: java.net.http, bearer token. */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;
    private final String token;

    ApiClient(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /** GET with the bearer token. */
    HttpResponse<String> get(String path) {
        return send(authorized(path).GET().build(), BodyHandlers.ofString());
    }

    /** GET without credentials, for the open routes /healthz and /metrics. */
    HttpResponse<String> getOpen(String path) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT).GET().build(), BodyHandlers.ofString());
    }

    /** GET of a binary body, such as a snapshot. */
    HttpResponse<byte[]> getBytes(String path) {
        return send(authorized(path).GET().build(), BodyHandlers.ofByteArray());
    }

    HttpResponse<String> postJson(String path, String body) {
        return send(authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    HttpResponse<String> putJson(String path, String body) {
        return send(authorized(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) {
        return send(authorized(path).DELETE().build(), BodyHandlers.ofString());
    }

    /** GET that must answer 200 with JSON. */
    JsonNode getJson(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET %s answered %s", path, response.body()).isEqualTo(200);
        return parse(response.body());
    }

    /** {@code GET /api/v1/channels/{id}/health}. */
    JsonNode health(String channelId) {
        return getJson("/api/v1/channels/" + channelId + "/health");
    }

    /** The stored alerts of a channel, newest first. */
    List<JsonNode> alerts(String channelId) {
        List<JsonNode> alerts = new ArrayList<>();
        getJson("/api/v1/alerts?limit=100&channel=" + channelId).path("alerts").forEach(alerts::add);
        return alerts;
    }

    /** The Prometheus text of /metrics. */
    String metrics() {
        HttpResponse<String> response = getOpen("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** True once the server answers /healthz at all (whatever the status). */
    boolean isListening() {
        try {
            http.send(HttpRequest.newBuilder(uri("/healthz")).timeout(Duration.ofSeconds(1)).build(),
                    BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Connects a console to the alert stream, authenticated by the token in the query. */
    AlertStream openAlertStream() {
        return AlertStream.connect(http, URI.create("ws://127.0.0.1:" + port + "/api/v1/alerts/stream?token=" + token));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + token);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + request.method() + " " + request.uri(), e);
        }
    }
}
