package org.xueliang.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.xueliang.alerts.channel.DurationFormat;
import org.xueliang.alerts.channel.FieldReader;
import org.xueliang.alerts.delivery.DeliveryConfig;
import org.xueliang.alerts.delivery.DeliveryRetry;
import org.xueliang.alerts.delivery.MqttConfig;
import org.xueliang.alerts.delivery.SecretMask;

/** Reads the {@code delivery} section: public URL, worker, retries, webhooks and the MQTT broker. */
final class DeliverySectionReader {
    static final int MAX_CONCURRENCY = 256;
    static final int MAX_ATTEMPTS = 100;
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern TOPIC_PREFIX = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

    private DeliverySectionReader() {
    }

    static DeliveryConfig read(FieldReader delivery) {
        delivery.refuseUnknownKeys(List.of("publicUrl", "concurrency", "pollInterval", "retry", "webhook", "mqtt"));
        DeliveryConfig defaults = DeliveryConfig.defaults();
        String publicUrl = publicUrl(delivery);
        int concurrency = delivery.integer("concurrency", defaults.concurrency(), 1, MAX_CONCURRENCY);
        Duration pollInterval = delivery.positiveDuration("pollInterval", defaults.pollInterval());
        DeliveryRetry retry = retry(delivery.object("retry"), defaults.retry());
        FieldReader webhook = delivery.object("webhook");
        webhook.refuseUnknownKeys(List.of("timeout"));
        Duration webhookTimeout = webhook.positiveDuration("timeout", defaults.webhookTimeout());
        MqttConfig mqtt = mqtt(delivery.object("mqtt"));
        return new DeliveryConfig(publicUrl, concurrency, pollInterval, retry, webhookTimeout, mqtt);
    }

    private static String publicUrl(FieldReader delivery) {
        String url = delivery.string("publicUrl", "");
        if (!url.isEmpty() && hostOf(url, List.of("http", "https")) == null) {
            delivery.error("publicUrl", "must be the server's address as receivers reach it, http:// or https:// "
                    + "with a host, got " + FieldReader.quote(SecretMask.url(url)));
        }
        return url;
    }

    private static DeliveryRetry retry(FieldReader retry, DeliveryRetry defaults) {
        retry.refuseUnknownKeys(List.of("maxAttempts", "initialDelay", "maxDelay", "jitter"));
        int maxAttempts = retry.integer("maxAttempts", defaults.maxAttempts(), 1, MAX_ATTEMPTS);
        Duration initial = retry.positiveDuration("initialDelay", defaults.initialDelay());
        Duration max = retry.positiveDuration("maxDelay", defaults.maxDelay());
        if (max.compareTo(initial) < 0) {
            retry.error("maxDelay", "must be at least initialDelay (" + DurationFormat.format(initial) + "), got "
                    + DurationFormat.format(max));
            max = initial;
        }
        double jitter = retry.number("jitter", defaults.jitter(), v -> v >= 0 && v <= 1, "between 0 and 1");
        return new DeliveryRetry(maxAttempts, initial, max, jitter);
    }

    private static MqttConfig mqtt(FieldReader mqtt) {
        mqtt.refuseUnknownKeys(List.of("url", "clientId", "username", "password", "topicPrefix", "timeout"));
        MqttConfig defaults = MqttConfig.off();
        String url = mqtt.string("url", defaults.url());
        if (!url.isEmpty() && hostOf(url, List.of("tcp", "ssl")) == null) {
            mqtt.error("url", "must be tcp://host:port or ssl://host:port, got " + FieldReader.quote(SecretMask.url(url)));
        }
        String clientId = mqtt.string("clientId", defaults.clientId());
        if (!CLIENT_ID.matcher(clientId).matches()) {
            mqtt.error("clientId", "must be 1 to 64 letters, digits, '_' or '-', got " + FieldReader.quote(clientId));
        }
        String username = mqtt.string("username", "");
        String password = mqtt.secret("password", "");
        if (!password.isEmpty() && username.isEmpty()) {
            mqtt.error("password", "needs delivery.mqtt.username: MQTT sends a password only with a user name");
        }
        String prefix = mqtt.string("topicPrefix", defaults.topicPrefix());
        if (!TOPIC_PREFIX.matcher(prefix).matches()) {
            mqtt.error("topicPrefix", "must be topic levels of letters, digits, '_' or '-' separated by '/', "
                    + "without wildcards, got " + FieldReader.quote(prefix));
        }
        Duration timeout = mqtt.positiveDuration("timeout", defaults.timeout());
        return new MqttConfig(url, clientId, username, password, prefix, timeout);
    }

    /** The host of an absolute URL with one of the schemes, or null. */
    private static String hostOf(String url, List<String> schemes) {
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && schemes.contains(uri.getScheme()) ? uri.getHost() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
