package org.xueliang.alerts.http;

import io.vertx.ext.web.RoutingContext;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.push.AlertStreamHub;
import org.xueliang.alerts.push.WebSocketConnection;

/** Upgrades {@code /api/v1/alerts/stream} to a WebSocket and joins it to the hub. */
final class AlertStreamHandler {
    private final AlertStreamHub hub;

    AlertStreamHandler(AlertStreamHub hub) {
        this.hub = hub;
    }

    void connect(RoutingContext ctx) {
        if (!ctx.request().canUpgradeToWebSocket()) {
            throw new InvalidRequestException("not a WebSocket request",
                    new FieldError("", "this route only accepts WebSocket upgrade requests"));
        }
        ctx.request().toWebSocket().onSuccess(socket -> {
            WebSocketConnection connection = new WebSocketConnection(socket);
            socket.closeHandler(ignored -> hub.remove(connection));
            // consoles only listen; anything they send is read and dropped
            socket.handler(ignored -> { });
            hub.add(connection);
        }).onFailure(ctx::fail);
    }
}
