package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.xueliang.alerts.gb.GbGateway;
import org.xueliang.alerts.gb.PtzRequest;

/**
 * Handlers of {@code /api/v1/gb/devices} that ask a device through the SIP gateway: catalog
 * refresh, DeviceInfo, DeviceStatus and PTZ. One method per route; none waits for the device
 * on the event loop, and the answer is handled back on the request's context.
 */
final class GbControlHandlers {
    private final GbGateway gateway;

    GbControlHandlers(GbGateway gateway) {
        this.gateway = gateway;
    }

    /** 202: the device accepted the query; its catalog arrives later and replaces the stored one. */
    void catalog(RoutingContext ctx) {
        String id = GbPath.device(ctx).deviceId();
        ask(() -> gateway.refreshCatalog(id)).onSuccess(ignored -> Responses.json(ctx, 202,
                JsonNodeFactory.instance.objectNode().put("deviceId", id)
                        .put("channelsUrl", ApiRouter.GB_DEVICES + "/" + id + "/channels")))
                .onFailure(ctx::fail);
    }

    void info(RoutingContext ctx) {
        String id = GbPath.device(ctx).deviceId();
        ask(() -> gateway.deviceInfo(id))
                .onSuccess(info -> Responses.json(ctx, 200, GbJson.info(info)))
                .onFailure(ctx::fail);
    }

    void status(RoutingContext ctx) {
        String id = GbPath.device(ctx).deviceId();
        ask(() -> gateway.deviceStatus(id))
                .onSuccess(status -> Responses.json(ctx, 200, GbJson.status(status)))
                .onFailure(ctx::fail);
    }

    /** 204 once the device accepted the command. */
    void ptz(RoutingContext ctx) {
        GbPath path = GbPath.channel(ctx);
        PtzRequest request = PtzBody.read(JsonBody.read(ctx));
        ask(() -> gateway.ptz(path.deviceId(), path.channelId(), request))
                .onSuccess(ignored -> ctx.response().setStatusCode(204).end())
                .onFailure(ctx::fail);
    }

    /**
     * The gateway's answer as a Vert.x future on the caller's context. A gateway that throws
     * instead of failing its future is treated the same; CompletionException wrappers are
     * removed so that the problem handler sees the gateway's own exception.
     */
    private static <T> Future<T> ask(Supplier<CompletableFuture<T>> request) {
        CompletableFuture<T> answer;
        try {
            answer = request.get();
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        Context context = Vertx.currentContext();
        Future<T> future = context == null ? Future.fromCompletionStage(answer)
                : Future.fromCompletionStage(answer, context);
        return future.recover(error -> Future.failedFuture(
                error instanceof CompletionException && error.getCause() != null ? error.getCause() : error));
    }
}
