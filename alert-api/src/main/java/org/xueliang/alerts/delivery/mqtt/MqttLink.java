package org.xueliang.alerts.delivery.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.delivery.DeliveryFailedException;
import org.xueliang.alerts.delivery.MqttConfig;
import org.xueliang.alerts.delivery.SecretMask;

/**
 * The server's one connection to the MQTT broker (Eclipse Paho, MQTT 3.1.1), kept up: the first
 * connection is retried with backoff until it succeeds, later losses are reconnected by Paho.
 * Publishing never queues while disconnected; it fails at once, and the outbox retries.
 */
public final class MqttLink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MqttLink.class);
    private static final long FIRST_RETRY_MILLIS = 1000;
    private static final long MAX_RETRY_MILLIS = 30_000;
    /** QoS 1 messages awaiting PUBACK; Paho's default of 10 would throttle the outbox. */
    private static final int MAX_INFLIGHT = 1000;

    private final MqttConfig config;
    private final ScheduledExecutorService scheduler;
    private final MqttAsyncClient client;
    private final String where;
    private volatile Runnable onConnected = () -> { };
    private volatile boolean closed;

    public MqttLink(MqttConfig config, ScheduledExecutorService scheduler) {
        this.config = Objects.requireNonNull(config, "config");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.where = SecretMask.url(config.url());
        try {
            this.client = new MqttAsyncClient(config.url(), config.clientId(), new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("cannot use MQTT broker " + where + ": " + e.getMessage(), e);
        }
        client.setCallback(new Callback());
    }

    /** Runs after every (re)connection, on a Paho thread: for republishing retained state. Must not block. */
    public void onConnected(Runnable action) {
        this.onConnected = Objects.requireNonNull(action, "action");
    }

    /** Starts connecting in the background. */
    public void start() {
        connect(FIRST_RETRY_MILLIS);
    }

    public boolean isConnected() {
        return client.isConnected();
    }

    /** The broker as shown in logs, password masked. */
    public String describe() {
        return where;
    }

    private void connect(long nextDelayMillis) {
        if (closed) {
            return;
        }
        try {
            client.connect(options(), null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    LOG.info("MQTT connected to {} as {}", where, config.clientId());
                }

                @Override
                public void onFailure(IMqttToken token, Throwable error) {
                    retryLater(nextDelayMillis, error);
                }
            });
        } catch (MqttException e) {
            retryLater(nextDelayMillis, e);
        }
    }

    private void retryLater(long delayMillis, Throwable error) {
        if (closed) {
            return;
        }
        LOG.warn("MQTT broker {} not reachable, trying again in {} ms: {}", where, delayMillis, error.getMessage());
        scheduler.schedule(() -> connect(Math.min(delayMillis * 2, MAX_RETRY_MILLIS)), delayMillis,
                TimeUnit.MILLISECONDS);
    }

    private MqttConnectOptions options() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay((int) MAX_RETRY_MILLIS);
        options.setMaxInflight(MAX_INFLIGHT);
        options.setKeepAliveInterval(30);
        options.setConnectionTimeout((int) Math.max(1, config.timeout().toSeconds()));
        if (!config.username().isEmpty()) {
            options.setUserName(config.username());
            options.setPassword(config.password().toCharArray());
        }
        return options;
    }

    /**
     * Publishes; completes when the broker acknowledged (QoS 1 and 2) or the message left (QoS 0),
     * fails at once when not connected.
     */
    public CompletableFuture<Void> publish(String topic, String payload, int qos, boolean retained) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        message.setQos(qos);
        message.setRetained(retained);
        try {
            client.publish(topic, message, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    done.complete(null);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable error) {
                    done.completeExceptionally(new DeliveryFailedException(
                            "MQTT publish to " + topic + " on " + where + " failed: " + error.getMessage(), error));
                }
            });
        } catch (MqttException e) {
            done.completeExceptionally(new DeliveryFailedException(
                    "MQTT publish to " + topic + " on " + where + " failed: " + e.getMessage(), e));
        }
        return done;
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(config.timeout().toMillis());
            }
        } catch (MqttException e) {
            LOG.debug("MQTT disconnect from {} failed: {}", where, e.getMessage());
        } finally {
            try {
                client.close(true);
            } catch (MqttException e) {
                LOG.debug("closing the MQTT client failed: {}", e.getMessage());
            }
        }
    }

    @Override
    public String toString() {
        return "MqttLink[" + where + "]";
    }

    private final class Callback implements MqttCallbackExtended {
        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            if (reconnect) {
                LOG.info("MQTT reconnected to {}", where);
            }
            onConnected.run();
        }

        @Override
        public void connectionLost(Throwable cause) {
            LOG.warn("MQTT connection to {} lost, reconnecting: {}", where, cause.getMessage());
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            // the server only publishes
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // publish() listens on each token instead
        }
    }
}
