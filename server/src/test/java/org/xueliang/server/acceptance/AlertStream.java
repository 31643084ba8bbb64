package org.xueliang.server.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** A console's WebSocket on /api/v1/alerts/stream: every text message is parsed as one alert. */
final class AlertStream implements WebSocket.Listener, AutoCloseable {
    private final BlockingQueue<JsonNode> arrived = new LinkedBlockingQueue<>();
    private final List<JsonNode> seen = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile String closedBecause;

    private AlertStream() {
    }

    static AlertStream connect(HttpClient http, URI uri) {
        AlertStream stream = new AlertStream();
        try {
            stream.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                    .buildAsync(uri, stream).get(10, TimeUnit.SECONDS);
            return stream;
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("WebSocket " + uri + " did not open", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while opening " + uri, e);
        }
    }

    /**
     * Waits for the next alert that {@code wanted} accepts; alerts that it skips are remembered for
     * the failure message only.
     */
    JsonNode await(Duration timeout, Predicate<JsonNode> wanted, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode alert = arrived.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (alert == null) {
                throw new AssertionError("no " + what + " on the WebSocket within " + timeout.toMillis() + " ms; "
                        + "received " + seen + (closedBecause == null ? "" : ", closed: " + closedBecause));
            }
            seen.add(alert);
            if (wanted.test(alert)) {
                return alert;
            }
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        // a long message may come in several parts; only the last one completes the JSON
        partial.append(data);
        if (last) {
            arrived.add(ApiClient.parse(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closedBecause = statusCode + " " + reason;
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closedBecause = "error " + error;
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }
}
