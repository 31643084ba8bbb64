package org.xueliang.server.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The server's API as an integrator's script calls it. */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;
    private final String token;

    Api(int port, String token) {
        this.port = port;
        this.token = token;
    }

    HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A call that must answer {@code status}; returns the JSON body. */
    JsonNode call(String method, String path, String json, int status) {
        HttpResponse<String> response = send(method, path, json);
        if (response.statusCode() != status) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + " (expected "
                    + status + "): " + response.body());
        }
        return parse(response.body());
    }

    JsonNode get(String path) {
        return call("GET", path, null, 200);
    }

    /** Every page of a listing such as {@code /api/v1/alerts?x=y}, items under {@code key}. */
    List<JsonNode> all(String path, String key) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int offset = 0; ; offset += 100) {
            JsonNode page = get(path + separator + "limit=100&offset=" + offset);
            page.path(key).forEach(items::add);
            if (offset + 100 >= page.path("total").asLong()) {
                return items;
            }
        }
    }

    /** The number of deliveries in a state. */
    long deliveries(String state) {
        return get("/api/v1/deliveries?limit=1&state=" + state).path("total").asLong();
    }

    boolean isListening() {
        try {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                    .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static JsonNode parse(String json) {
        try {
            return json.isEmpty() ? JSON.nullNode() : JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
