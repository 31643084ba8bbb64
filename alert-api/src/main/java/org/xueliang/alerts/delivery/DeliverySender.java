package org.xueliang.alerts.delivery;

import java.util.concurrent.CompletableFuture;

/** Sends messages of one channel. */
@FunctionalInterface
public interface DeliverySender {
    /**
     * Starts sending and returns at once; the future completes when the receiver accepted the
     * message, or fails with a {@link DeliveryFailedException} (or any exception) saying why.
     */
    CompletableFuture<Void> send(Delivery delivery, Subscription subscription);
}
