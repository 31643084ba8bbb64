package org.xueliang.alerts.delivery;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.xueliang.alerts.push.AlertStreamHub;

/**
 * Sends to the consoles connected to the delivery stream. A WebSocket has no acknowledgement, so
 * a message counts as delivered once handed to the connected consoles; a console that was not
 * connected catches up over REST, as the alert stream's consoles do.
 */
public final class WebSocketSender implements DeliverySender {
    private final AlertStreamHub hub;

    public WebSocketSender(AlertStreamHub hub) {
        this.hub = Objects.requireNonNull(hub, "hub");
    }

    @Override
    public CompletableFuture<Void> send(Delivery delivery, Subscription subscription) {
        hub.broadcast(delivery.payload());
        return CompletableFuture.completedFuture(null);
    }
}
