package org.xueliang.alerts.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of alert delivery.
 *
 * @param publicUrl      the server's base URL as receivers reach it (for snapshot links), empty when unknown
 * @param concurrency    messages in flight at once
 * @param pollInterval   how often the worker looks for due messages besides being woken by new alerts
 * @param retry          retries and dead letters
 * @param webhookTimeout how long one webhook request may take
 * @param mqtt           the broker
 */
public record DeliveryConfig(String publicUrl, int concurrency, Duration pollInterval, DeliveryRetry retry,
                             Duration webhookTimeout, MqttConfig mqtt) {
    public DeliveryConfig {
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(webhookTimeout, "webhookTimeout");
        Objects.requireNonNull(mqtt, "mqtt");
        if (concurrency < 1) {
            throw new IllegalArgumentException("delivery concurrency must be at least 1, got " + concurrency);
        }
    }

    /** The built-in defaults: no public URL, no broker. */
    public static DeliveryConfig defaults() {
        return new DeliveryConfig("", 16, Duration.ofSeconds(1), DeliveryRetry.standard(), Duration.ofSeconds(10),
                MqttConfig.off());
    }

    /**
     * How long a claim holds: a worker that died while sending (a crash, a kill) leaves its rows
     * SENDING, and they are taken again once this has passed. Three times the longest send.
     */
    public Duration lease() {
        Duration longest = webhookTimeout.compareTo(mqtt.timeout()) > 0 ? webhookTimeout : mqtt.timeout();
        return longest.multipliedBy(3);
    }
}
