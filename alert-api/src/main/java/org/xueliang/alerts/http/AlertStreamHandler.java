package org.xueliang.alerts.http;

import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;
import org.xueliang.alerts.auth.Principal;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.push.AlertStreamHub;
import org.xueliang.alerts.push.WebSocketConnection;

/** Upgrades {@code /api/v1/alerts/stream} to a WebSocket and joins it to the hub. */
final class AlertStreamHandler {
    private final Function<Principal, AlertStreamHub> hubs;

    /** Every console joins this hub. */
    AlertStreamHandler(AlertStreamHub hub) {
        this.hubs = principal -> hub;
    }

    /** Each console joins the hub of its principal's scope. */
    AlertStreamHandler(ScopedStreams streams) {
        this.hubs = streams::hubFor;
    }

    void connect(RoutingContext ctx) {
        if (!ctx.request().canUpgradeToWebSocket()) {
            throw new InvalidRequestException("not a WebSocket request",
                    new FieldError("", "this route only accepts WebSocket upgrade requests"));
        }
        AlertStreamHub hub = hubs.apply(Access.principal(ctx));
        ctx.request().toWebSocket().onSuccess(socket -> {
            WebSocketConnection connection = new WebSocketConnection(socket);
            socket.closeHandler(ignored -> hub.remove(connection));
            // consoles only listen; anything they send is read and dropped
            socket.handler(ignored -> { });
            hub.add(connection);
        }).onFailure(ctx::fail);
    }
}
