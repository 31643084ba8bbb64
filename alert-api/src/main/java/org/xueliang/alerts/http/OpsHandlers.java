package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.channels.ChannelRegistry;
import org.xueliang.alerts.metrics.ServerMetrics;

/** Open routes for operations: health, metrics and the console page. */
final class OpsHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(OpsHandlers.class);
    private static final String CONSOLE = "console.html";

    private final ChannelRegistry channels;
    private final ServerMetrics metrics;
    private final Blocking blocking;
    private final Buffer consolePage;

    OpsHandlers(ChannelRegistry channels, ServerMetrics metrics, Blocking blocking) {
        this.channels = channels;
        this.metrics = metrics;
        this.blocking = blocking;
        this.consolePage = loadConsole();
    }

    private static Buffer loadConsole() {
        try (InputStream page = OpsHandlers.class.getResourceAsStream(CONSOLE)) {
            if (page == null) {
                throw new IllegalStateException("resource " + CONSOLE + " missing next to " + OpsHandlers.class);
            }
            return Buffer.buffer(page.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CONSOLE, e);
        }
    }

    /** 200 when the store answers, 503 when it does not; always JSON. */
    void healthz(RoutingContext ctx) {
        blocking.call(channels::storedCount).onComplete(result -> {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            if (result.succeeded()) {
                body.put("status", "ok").put("store", "ok").put("channels", result.result())
                        .put("running", channels.runningCount());
            } else {
                LOG.warn("health check: store failed: {}", result.cause().toString());
                body.put("status", "unavailable").put("store", result.cause().getMessage())
                        .putNull("channels").put("running", channels.runningCount());
            }
            Responses.json(ctx, result.succeeded() ? 200 : 503, body);
        });
    }

    /** Collecting runs the JVM and channel collectors: off the event loop. */
    void metrics(RoutingContext ctx) {
        ctx.vertx().executeBlocking(metrics::scrape, false)
                .onSuccess(text -> ctx.response().putHeader("Content-Type", ServerMetrics.contentType()).end(text))
                .onFailure(ctx::fail);
    }

    void console(RoutingContext ctx) {
        ctx.response().putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .end(consolePage);
    }
}
