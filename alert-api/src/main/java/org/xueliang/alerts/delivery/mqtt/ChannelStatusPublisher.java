package org.xueliang.alerts.delivery.mqtt;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.ingest.ChannelHealth;
import org.xueliang.ingest.ChannelState;

/**
 * Publishes each camera channel's status, {@code online} while frames arrive and {@code offline}
 * otherwise, as a retained QoS 1 message on {@code .../<channel>/status}, whenever it changes: a
 * client that subscribes later gets the current status at once. A channel that was removed is
 * published offline once. After a reconnection everything is published again, since the broker
 * may have restarted without its retained messages.
 */
public final class ChannelStatusPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelStatusPublisher.class);
    public static final String ONLINE = "online";
    public static final String OFFLINE = "offline";

    private final MqttLink link;
    private final MqttTopics topics;
    private final Supplier<? extends Collection<ChannelHealth>> health;
    private final Function<String, String> jurisdictionOf;
    private final ScheduledExecutorService scheduler;
    /** The status last acknowledged by the broker, and the topic it went to, by channel. */
    private final Map<String, Published> published = new ConcurrentHashMap<>();
    private ScheduledFuture<?> checking;

    private record Published(String topic, String status) {
    }

    /**
     * @param health         the health of every running channel; must not block
     * @param jurisdictionOf the jurisdiction code of a channel, null for none; may block briefly (a query)
     */
    public ChannelStatusPublisher(MqttLink link, MqttTopics topics, Supplier<? extends Collection<ChannelHealth>> health,
                                  Function<String, String> jurisdictionOf, ScheduledExecutorService scheduler) {
        this.link = Objects.requireNonNull(link, "link");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.health = Objects.requireNonNull(health, "health");
        this.jurisdictionOf = Objects.requireNonNull(jurisdictionOf, "jurisdictionOf");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    }

    /** Checks every {@code interval}, and publishes everything again after each (re)connection. */
    public synchronized void start(Duration interval) {
        link.onConnected(() -> {
            published.clear();
            scheduler.execute(this::checkSafely);
        });
        checking = scheduler.scheduleWithFixedDelay(this::checkSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void checkSafely() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.warn("publishing channel status failed: {}", e.getMessage());
        }
    }

    /** Publishes the channels whose status differs from what the broker has. */
    void check() {
        if (!link.isConnected()) {
            return;
        }
        Set<String> running = new HashSet<>();
        Map<String, String> current = new HashMap<>();
        for (ChannelHealth channel : health.get()) {
            running.add(channel.channelId());
            current.put(channel.channelId(), channel.state() == ChannelState.ONLINE ? ONLINE : OFFLINE);
        }
        current.forEach((channelId, status) -> {
            Published last = published.get(channelId);
            if (last == null || !last.status().equals(status)) {
                publish(channelId, topics.status(jurisdictionOf.apply(channelId), channelId), status);
            }
        });
        published.forEach((channelId, last) -> {
            if (!running.contains(channelId) && last.status().equals(ONLINE)) {
                publish(channelId, last.topic(), OFFLINE);
            }
        });
    }

    private void publish(String channelId, String topic, String status) {
        link.publish(topic, status, MqttSender.QOS, true).whenComplete((ignored, error) -> {
            if (error == null) {
                published.put(channelId, new Published(topic, status));
            } else {
                LOG.debug("status of channel {} not published, trying at the next check: {}", channelId,
                        error.getMessage());
            }
        });
    }

    @Override
    public synchronized void close() {
        if (checking != null) {
            checking.cancel(false);
        }
    }
}
