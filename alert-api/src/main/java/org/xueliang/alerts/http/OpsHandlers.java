package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.channels.ChannelRegistry;
import org.xueliang.alerts.metrics.ServerMetrics;

/** Open routes for operations: health and metrics. */
final class OpsHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(OpsHandlers.class);

    private final ChannelRegistry channels;
    private final ServerMetrics metrics;
    private final Blocking blocking;

    OpsHandlers(ChannelRegistry channels, ServerMetrics metrics, Blocking blocking) {
        this.channels = channels;
        this.metrics = metrics;
        this.blocking = blocking;
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
}
