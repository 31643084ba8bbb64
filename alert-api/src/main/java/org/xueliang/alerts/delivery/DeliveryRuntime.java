package org.xueliang.alerts.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.delivery.mqtt.ChannelStatusPublisher;
import org.xueliang.alerts.delivery.mqtt.MqttLink;
import org.xueliang.alerts.delivery.mqtt.MqttSender;
import org.xueliang.alerts.delivery.mqtt.MqttTopics;
import org.xueliang.alerts.delivery.webhook.WebhookSender;
import org.xueliang.alerts.pipeline.AlertListener;
import org.xueliang.alerts.push.AlertStreamHub;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertOutbox;
import org.xueliang.alerts.store.Jdbc;
import org.xueliang.ingest.ChannelHealth;

/**
 * Delivery assembled from its configuration: the outbox that the alert store writes through, the
 * stores and stream the API uses, and, once started, the worker, the MQTT connection and the
 * channel status publisher. Built in two steps because the alert store needs the outbox before
 * the channels whose health the status publisher reads exist.
 */
public final class DeliveryRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryRuntime.class);
    private static final Duration STATUS_INTERVAL = Duration.ofSeconds(1);
    /** Messages a delivery-stream console may have queued before it counts as too slow. */
    private static final int STREAM_MAX_PENDING = 64;

    private final DeliveryConfig config;
    private final DataSource dataSource;
    private final Clock clock;
    private final JurisdictionResolver jurisdictions;
    private final SnapshotLinks links;
    private final DeliveryOutbox outbox;
    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final AlertStreamHub stream = new AlertStreamHub(STREAM_MAX_PENDING);
    private final ScheduledExecutorService workerThread = singleThread("xl-delivery");
    private final ScheduledExecutorService mqttThread = singleThread("xl-mqtt");
    private volatile DeliveryWorker worker;
    private MqttLink link;
    private ChannelStatusPublisher status;

    /**
     * @param jurisdictions the jurisdiction of a channel, for alerts that carry none and for status topics
     * @param scope         which jurisdiction lies in which one's subtree, for subscription filters
     * @param linkKey       the key of signed snapshot links, see {@link SnapshotLinks#keyFrom}
     */
    public DeliveryRuntime(DeliveryConfig config, DataSource dataSource, Clock clock, JurisdictionResolver jurisdictions,
                           JurisdictionScope scope, byte[] linkKey) {
        this.config = Objects.requireNonNull(config, "config");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jurisdictions = Objects.requireNonNull(jurisdictions, "jurisdictions");
        this.links = new SnapshotLinks(config.publicUrl(), linkKey);
        this.outbox = new DeliveryOutbox(jurisdictions, scope, links, clock);
        this.subscriptions = new SubscriptionStore(dataSource, clock);
        this.deliveries = new DeliveryStore(dataSource);
    }

    /** What the alert store writes delivery rows through. */
    public AlertOutbox outbox() {
        return outbox;
    }

    public DeliveryStore deliveries() {
        return deliveries;
    }

    /** What the HTTP API needs. */
    public DeliveryApi api() {
        return new DeliveryApi(subscriptions, deliveries, this::wake, stream, config.mqtt().enabled(), links);
    }

    /** Tells the worker about each committed alert, so that its deliveries leave at once. */
    public AlertListener listener() {
        return new AlertListener() {
            @Override
            public void onAlert(Alert alert) {
                wake();
            }

            @Override
            public String toString() {
                return "DeliveryWorker";
            }
        };
    }

    /**
     * Connects to the broker (in the background) and starts the worker, which at once resumes
     * whatever a previous run left pending.
     *
     * @param health the health of every running channel, for the MQTT status topics; must not block
     */
    public synchronized void start(DeliveryObserver observer, Supplier<? extends Collection<ChannelHealth>> health) {
        Map<DeliveryChannel, DeliverySender> senders = new EnumMap<>(DeliveryChannel.class);
        senders.put(DeliveryChannel.WEBSOCKET, new WebSocketSender(stream));
        WebhookSender webhooks = new WebhookSender(config.webhookTimeout(), clock);
        senders.put(DeliveryChannel.WEBHOOK_GENERIC, webhooks);
        senders.put(DeliveryChannel.WEBHOOK_WECOM, webhooks);
        senders.put(DeliveryChannel.WEBHOOK_DINGTALK, webhooks);
        if (config.mqtt().enabled()) {
            MqttTopics topics = new MqttTopics(config.mqtt().topicPrefix());
            link = new MqttLink(config.mqtt(), mqttThread);
            senders.put(DeliveryChannel.MQTT, new MqttSender(link, topics));
            status = new ChannelStatusPublisher(link, topics, health, this::jurisdictionOf, mqttThread);
            status.start(STATUS_INTERVAL);
            link.start();
        }
        worker = new DeliveryWorker(deliveries, subscriptions, senders, config, clock, workerThread, observer);
        worker.start();
        LOG.info("delivery started: MQTT {}, {} in flight at most, {} attempts", config.mqtt().enabled()
                ? link.describe() : "off", config.concurrency(), config.retry().maxAttempts());
    }

    private String jurisdictionOf(String channelId) {
        return Jdbc.read(dataSource, "reading the jurisdiction of channel " + channelId,
                connection -> jurisdictions.jurisdictionOf(connection, channelId));
    }

    private void wake() {
        DeliveryWorker current = worker;
        if (current != null) {
            current.wake();
        }
    }

    @Override
    public synchronized void close() {
        if (worker != null) {
            worker.close();
        }
        if (status != null) {
            status.close();
        }
        if (link != null) {
            link.close();
        }
        stop(workerThread);
        stop(mqttThread);
    }

    private static void stop(ScheduledExecutorService executor) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ScheduledExecutorService singleThread(String name) {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public String toString() {
        return "DeliveryRuntime";
    }
}
