package org.xueliang.alerts.workflow;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link Escalator} on an injected scheduler: once at start, so that a restarted server
 * catches up at once, then every {@code interval}. The scans run one at a time on the
 * scheduler's thread, which is not an event loop, so they may block on the store. A failed scan
 * is logged and the next one runs as planned.
 */
public final class EscalationScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EscalationScheduler.class);

    private final Escalator escalator;
    private final ScheduledExecutorService timer;
    private final Duration interval;
    private final AtomicLong scans = new AtomicLong();
    private ScheduledFuture<?> task;

    public EscalationScheduler(Escalator escalator, ScheduledExecutorService timer, Duration interval) {
        this.escalator = Objects.requireNonNull(escalator, "escalator");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("escalation scan interval must be positive, got " + interval);
        }
    }

    /** Starts scanning. */
    public synchronized void start() {
        if (task != null) {
            throw new IllegalStateException("escalation scheduler already started");
        }
        task = timer.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        try {
            ScanResult result = escalator.scan();
            if (result.escalated() > 0 || result.overdue() > 0) {
                LOG.info("deadline scan: {} escalated, {} overdue", result.escalated(), result.overdue());
            }
        } catch (RuntimeException e) {
            // an exception would cancel the periodic task for good: log it and let the next scan try again
            LOG.warn("deadline scan failed, trying again in {} ms: {}", interval.toMillis(), e.getMessage(), e);
        } finally {
            scans.incrementAndGet();
        }
    }

    /** Scans finished, failed ones included, since start. */
    public long scans() {
        return scans.get();
    }

    /** Stops scanning; a scan under way finishes. The scheduler itself belongs to the caller. */
    @Override
    public synchronized void close() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
