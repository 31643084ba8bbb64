package org.xueliang.alerts.push;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans each message out to every connected console. Each connection may have at most
 * {@code maxPending} messages not yet written; a console that falls further behind is closed
 * (and counted) so that it can neither hold memory nor slow the others. A closed console
 * reconnects and reloads the alert list over REST, so it does not silently miss alerts.
 */
public final class AlertStreamHub {
    private static final Logger LOG = LoggerFactory.getLogger(AlertStreamHub.class);

    private final int maxPending;
    private final Map<StreamConnection, AtomicInteger> pending = new ConcurrentHashMap<>();
    private final AtomicLong slowClosed = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();

    /** @param maxPending messages a connection may have queued before it counts as too slow */
    public AlertStreamHub(int maxPending) {
        if (maxPending < 1) {
            throw new IllegalArgumentException("stream maxPending must be at least 1, got " + maxPending);
        }
        this.maxPending = maxPending;
    }

    /** Starts sending to a connection. */
    public void add(StreamConnection connection) {
        pending.put(connection, new AtomicInteger());
        LOG.debug("console connected: {}", connection.describe());
    }

    /** Stops sending to a connection, when it closed. */
    public void remove(StreamConnection connection) {
        if (pending.remove(connection) != null) {
            LOG.debug("console disconnected: {}", connection.describe());
        }
    }

    /** Sends a message to every connection. Thread-safe and never blocks. */
    public void broadcast(String text) {
        pending.forEach((connection, queued) -> sendTo(connection, queued, text));
    }

    private void sendTo(StreamConnection connection, AtomicInteger queued, String text) {
        if (queued.incrementAndGet() > maxPending) {
            closeSlow(connection);
            return;
        }
        sent.incrementAndGet();
        connection.send(text).whenComplete((ignored, error) -> {
            queued.decrementAndGet();
            if (error != null) {
                LOG.debug("send to console {} failed: {}", connection.describe(), error.toString());
                remove(connection);
            }
        });
    }

    private void closeSlow(StreamConnection connection) {
        if (pending.remove(connection) != null) {
            slowClosed.incrementAndGet();
            LOG.warn("console {} fell {} messages behind, closing it", connection.describe(), maxPending);
            connection.close("too slow: more than " + maxPending + " messages pending");
        }
    }

    /** Connected consoles. */
    public int connections() {
        return pending.size();
    }

    /** Consoles closed because they fell too far behind, since start. */
    public long slowConsumersClosed() {
        return slowClosed.get();
    }

    /** Messages handed to connections, since start. */
    public long messagesSent() {
        return sent.get();
    }
}
