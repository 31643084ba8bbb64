package org.xueliang.alerts.delivery.mqtt;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.xueliang.alerts.delivery.Delivery;
import org.xueliang.alerts.delivery.DeliverySender;
import org.xueliang.alerts.delivery.Subscription;

/**
 * Publishes deliveries with QoS 1, not retained: new alerts on {@code .../alerts}, state changes on
 * {@code .../events}, under the jurisdiction the alert had when it was queued. The payload is the
 * delivery's JSON, idempotency key included, since QoS 1 may bring a message twice.
 */
public final class MqttSender implements DeliverySender {
    static final int QOS = 1;

    private final MqttLink link;
    private final MqttTopics topics;

    public MqttSender(MqttLink link, MqttTopics topics) {
        this.link = Objects.requireNonNull(link, "link");
        this.topics = Objects.requireNonNull(topics, "topics");
    }

    @Override
    public CompletableFuture<Void> send(Delivery delivery, Subscription subscription) {
        String channelId = channelOf(delivery);
        String topic = delivery.isStateChange() ? topics.events(delivery.jurisdiction(), channelId)
                : topics.alerts(delivery.jurisdiction(), channelId);
        return link.publish(topic, delivery.payload(), QOS, false);
    }

    /** The camera channel of the delivery's alert, read from its payload. */
    private static String channelOf(Delivery delivery) {
        return PayloadFields.channelId(delivery.payload());
    }
}
