package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import org.xueliang.alerts.store.Acknowledgement;
import org.xueliang.alerts.store.AlertNotFoundException;
import org.xueliang.alerts.store.AlertQuery;
import org.xueliang.alerts.store.AlertStore;

/** Handlers of {@code /api/v1/alerts}: one method per route. */
final class AlertHandlers {
    private final AlertStore store;
    private final Blocking blocking;
    private final Clock clock;

    AlertHandlers(AlertStore store, Blocking blocking, Clock clock) {
        this.store = store;
        this.blocking = blocking;
        this.clock = clock;
    }

    void list(RoutingContext ctx) {
        AlertQuery query = AlertQueryParams.read(ctx.queryParams());
        blocking.call(() -> store.list(query))
                .onSuccess(page -> Responses.json(ctx, 200, AlertJson.page(page)))
                .onFailure(ctx::fail);
    }

    void get(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        blocking.call(() -> store.find(id).orElseThrow(() -> new AlertNotFoundException(id)))
                .onSuccess(alert -> Responses.json(ctx, 200, AlertJson.alert(alert)))
                .onFailure(ctx::fail);
    }

    void snapshot(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        blocking.call(() -> store.snapshot(id).orElseThrow(() -> missingSnapshot(id)))
                .onSuccess(jpeg -> ctx.response()
                        .putHeader("Content-Type", "image/jpeg")
                        // a snapshot never changes once stored
                        .putHeader("Cache-Control", "private, max-age=86400, immutable")
                        .end(Buffer.buffer(jpeg)))
                .onFailure(ctx::fail);
    }

    void acknowledge(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        JsonNode body = JsonBody.read(ctx);
        Acknowledgement acknowledgement = AcknowledgeBody.read(body, clock.instant());
        blocking.call(() -> store.acknowledge(id, acknowledgement))
                .onSuccess(alert -> Responses.json(ctx, 200, AlertJson.alert(alert)))
                .onFailure(ctx::fail);
    }

    /** Called on a store thread: tells a missing alert from an alert without snapshot. */
    private RuntimeException missingSnapshot(String id) {
        if (store.find(id).isEmpty()) {
            return new AlertNotFoundException(id);
        }
        return new NotFoundException("alert \"" + id + "\" has no snapshot");
    }
}
