package org.xueliang.alerts.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import org.xueliang.alerts.delivery.DeliveryApi;
import org.xueliang.alerts.delivery.DeliveryNotFoundException;
import org.xueliang.alerts.delivery.DeliveryQuery;
import org.xueliang.alerts.store.AlertStore;

/**
 * Handlers of {@code /api/v1/deliveries} (the outbox, dead letters and their retry) and of the
 * signed snapshot links that group robot messages carry.
 */
final class DeliveryHandlers {
    private final DeliveryApi delivery;
    private final AlertStore alerts;
    private final Blocking blocking;
    private final Clock clock;

    DeliveryHandlers(DeliveryApi delivery, AlertStore alerts, Blocking blocking, Clock clock) {
        this.delivery = delivery;
        this.alerts = alerts;
        this.blocking = blocking;
        this.clock = clock;
    }

    void list(RoutingContext ctx) {
        DeliveryQuery query = DeliveryQueryParams.read(ctx.queryParams());
        blocking.call(() -> delivery.deliveries().list(query))
                .onSuccess(page -> Responses.json(ctx, 200, DeliveryJson.page(page)))
                .onFailure(ctx::fail);
    }

    void get(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        long number = id(id);
        blocking.call(() -> delivery.deliveries().find(number).orElseThrow(() -> new DeliveryNotFoundException(id)))
                .onSuccess(found -> Responses.json(ctx, 200, DeliveryJson.delivery(found, true)))
                .onFailure(ctx::fail);
    }

    /** Sends a dead letter again: PENDING at once, attempts counted afresh. */
    void retry(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        long number = id(id);
        blocking.call(() -> delivery.deliveries().retry(number, clock.instant())).onSuccess(retried -> {
            delivery.wakeWorker().run();
            Responses.json(ctx, 200, DeliveryJson.delivery(retried, false));
        }).onFailure(ctx::fail);
    }

    /** {@code GET /snapshots/:id?expires=&sig=}: open, but only with a valid, unexpired signature. */
    void signedSnapshot(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        String expires = ctx.request().getParam("expires");
        String sig = ctx.request().getParam("sig");
        boolean valid = expires != null && expires.matches("\\d{1,12}")
                && delivery.links().verify(id, Long.parseLong(expires), sig, clock.instant());
        if (!valid) {
            // the same answer for a forged, expired or mistyped link: nothing to learn from it
            throw new NotFoundException("no such snapshot link, or it has expired");
        }
        blocking.call(() -> alerts.snapshot(id).orElseThrow(() -> new NotFoundException("alert \"" + id
                        + "\" has no snapshot")))
                .onSuccess(jpeg -> ctx.response().putHeader("Content-Type", "image/jpeg")
                        .putHeader("Cache-Control", "private, max-age=3600")
                        .end(Buffer.buffer(jpeg)))
                .onFailure(ctx::fail);
    }

    /** Delivery ids are numbers; anything else names no delivery. */
    private static long id(String text) {
        if (!text.matches("\\d{1,18}")) {
            throw new DeliveryNotFoundException(text);
        }
        return Long.parseLong(text);
    }
}
