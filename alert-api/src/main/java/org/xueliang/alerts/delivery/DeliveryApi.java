package org.xueliang.alerts.delivery;

import java.util.Objects;
import org.xueliang.alerts.push.AlertStreamHub;

/**
 * What the HTTP API needs of delivery.
 *
 * @param subscriptions  the subscriptions (blocking)
 * @param deliveries     the outbox (blocking)
 * @param wakeWorker     asks the worker to look for due rows now, after a retry was requested
 * @param stream         the hub of the delivery stream's consoles
 * @param mqttConfigured whether the server has a broker, so that mqtt subscriptions can be accepted
 * @param links          checks signed snapshot links
 */
public record DeliveryApi(SubscriptionStore subscriptions, DeliveryStore deliveries, Runnable wakeWorker,
                          AlertStreamHub stream, boolean mqttConfigured, SnapshotLinks links) {
    public DeliveryApi {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(deliveries, "deliveries");
        Objects.requireNonNull(wakeWorker, "wakeWorker");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(links, "links");
    }
}
