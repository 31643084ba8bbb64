package org.xueliang.server.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A webhook receiver on a free loopback port (the JDK's HTTP server) that records every request
 * and answers as its behaviour says: a status and body, or never (the exchange is held open
 * until the receiver closes).
 */
final class WebhookReceiver implements AutoCloseable {
    /** One request as received. */
    record Request(Map<String, String> headers, String query, byte[] body, int answeredWith) {
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** How to answer: a status and a body, or null to never answer. */
    record Answer(int status, String body) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new ArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Function<Request, Answer> behaviour;

    private WebhookReceiver(Function<Request, Answer> behaviour) throws IOException {
        this.behaviour = behaviour;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static WebhookReceiver start(Function<Request, Answer> behaviour) {
        try {
            return new WebhookReceiver(behaviour);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers 503 to the first {@code failures} requests of each idempotency key, then 200. */
    static Function<Request, Answer> failingFirst(int failures, Map<String, AtomicInteger> counts) {
        return request -> counts.computeIfAbsent(request.header("X-Xueliang-Idempotency-Key"),
                key -> new AtomicInteger()).incrementAndGet() <= failures ? new Answer(503, "try later")
                : new Answer(200, "ok");
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
        Request received = new Request(headers, exchange.getRequestURI().getRawQuery(), body, 0);
        Answer answer = behaviour.apply(received);
        synchronized (this) {
            requests.add(new Request(headers, received.query(), body, answer == null ? -1 : answer.status()));
        }
        if (answer == null) {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        byte[] reply = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), reply.length == 0 ? -1 : reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
