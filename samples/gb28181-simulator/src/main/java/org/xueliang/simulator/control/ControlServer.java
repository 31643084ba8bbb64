package org.xueliang.simulator.control;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xueliang.simulator.FleetSnapshot;
import org.xueliang.simulator.SimulatorFleet;
import org.xueliang.simulator.device.AlarmRequest;

/**
 * The control port on 127.0.0.1: {@code GET /status[?device=<id>][&summary=true]},
 * {@code POST /alarm?device=<id>&priority=1&method=5&type=2&description=...},
 * {@code POST /stop} (de-register and exit) and {@code POST /kill} (exit without a word).
 */
public final class ControlServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ControlServer.class.getName());

    private final HttpServer server;
    private final SimulatorFleet fleet;
    private final Runnable onStop;
    private final Runnable onKill;

    /** Binds {@code port} (0: any free port); {@code onStop}/{@code onKill} run after the response is sent. */
    public ControlServer(SimulatorFleet fleet, int port, Runnable onStop, Runnable onKill) throws IOException {
        this.fleet = fleet;
        this.onStop = onStop;
        this.onKill = onKill;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sim-control");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String route = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            switch (route) {
                case "GET /status" -> status(exchange, query);
                case "POST /alarm" -> alarm(exchange, query);
                case "POST /stop" -> after(exchange, "stopping", onStop);
                case "POST /kill" -> after(exchange, "killed", onKill);
                default -> send(exchange, 404, error("no route " + route
                        + "; try GET /status, POST /alarm, POST /stop, POST /kill"));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "control request failed", e);
        }
    }

    private void status(HttpExchange exchange, Map<String, String> query) throws IOException {
        boolean summary = Boolean.parseBoolean(query.getOrDefault("summary", "false"));
        FleetSnapshot all = fleet.snapshot(!summary && !query.containsKey("device"));
        if (query.containsKey("device")) {
            var device = fleet.device(query.get("device"));
            if (device.isEmpty()) {
                send(exchange, 404, error("no simulated device or channel " + query.get("device")));
                return;
            }
            all = new FleetSnapshot(all.total(), all.registered(), all.registrationsPerSecond(),
                    all.keepalivesAnswered(), all.transactionsInFlight(), List.of(device.get().snapshot()));
        }
        send(exchange, 200, StatusJson.fleet(all));
    }

    private void alarm(HttpExchange exchange, Map<String, String> query) throws IOException {
        AlarmRequest request;
        try {
            request = new AlarmRequest(required(query, "device"), integer(query, "priority", 1),
                    integer(query, "method", 5), integer(query, "type", 2),
                    query.getOrDefault("description", "模拟报警"));
        } catch (IllegalArgumentException e) {
            send(exchange, 400, error(e.getMessage()));
            return;
        }
        if (fleet.device(request.sourceId()).isEmpty()) {
            send(exchange, 404, error("no simulated device or channel " + request.sourceId()));
            return;
        }
        try {
            int status = fleet.raiseAlarm(request).get(10, TimeUnit.SECONDS);
            send(exchange, 200, Json.write(Map.of("sipStatus", status)));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            send(exchange, cause instanceof IllegalArgumentException ? 400 : 502, error(cause.getMessage()));
        } catch (TimeoutException e) {
            send(exchange, 504, error("no answer to the alarm MESSAGE within 10 s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(exchange, 503, error("interrupted"));
        }
    }

    private static void after(HttpExchange exchange, String word, Runnable action) throws IOException {
        send(exchange, 202, Json.write(Map.of(word, true)));
        exchange.close();
        Thread thread = new Thread(action, "sim-" + word);
        thread.start();
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String error(String message) {
        return Json.write(Map.of("error", message));
    }

    static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String required(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("query parameter '" + name + "' is required");
        }
        return value;
    }

    private static int integer(Map<String, String> query, String name, int fallback) {
        String value = query.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("query parameter '" + name + "' must be an integer, got '" + value + "'");
        }
    }
}
