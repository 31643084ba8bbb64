package org.xueliang.alerts.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.pipeline.AlertListener;
import org.xueliang.alerts.store.Alert;

/**
 * Sends the outbox: claims due rows, hands each to the sender of its channel with at most
 * {@code concurrency} in flight, and marks it DELIVERED, or PENDING again after a backoff, or DEAD
 * after the last attempt. It looks for due rows every {@code pollInterval} and whenever an alert
 * was committed, so that new alerts leave at once. Rows left SENDING by a worker that died are
 * taken again after their lease, which is how deliveries resume after a crash.
 *
 * <p>All database work runs on the given scheduler, which should be a single thread of its own;
 * senders call back on their own threads and are never blocked. Outcomes are recorded in batches,
 * one transaction for all attempts that ended since the last one.
 */
public final class DeliveryWorker implements AlertListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryStore deliveries;
    private final SubscriptionStore subscriptions;
    private final Map<DeliveryChannel, DeliverySender> senders;
    private final DeliveryConfig config;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final DeliveryObserver observer;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private final Queue<DeliveryOutcome> finished = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;
    private ScheduledFuture<?> polling;

    /**
     * @param senders the sender of each channel this server can use; a channel without one (MQTT
     *                without a broker) fails its messages with a reason
     */
    public DeliveryWorker(DeliveryStore deliveries, SubscriptionStore subscriptions,
                          Map<DeliveryChannel, DeliverySender> senders, DeliveryConfig config, Clock clock,
                          ScheduledExecutorService scheduler, DeliveryObserver observer) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.senders = Map.copyOf(senders);
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /** Starts polling; the first pass runs at once and picks up what a previous run left. */
    public synchronized void start() {
        if (polling == null) {
            long every = config.pollInterval().toMillis();
            polling = scheduler.scheduleWithFixedDelay(this::passSafely, 0, every, TimeUnit.MILLISECONDS);
        }
    }

    /** A committed alert may have new rows: look now rather than at the next poll. */
    @Override
    public void onAlert(Alert alert) {
        wake();
    }

    /** Looks for due rows as soon as the scheduler is free; calls while one is queued coalesce. */
    public void wake() {
        if (!closed && wakeQueued.compareAndSet(false, true)) {
            scheduler.execute(() -> {
                wakeQueued.set(false);
                passSafely();
            });
        }
    }

    /** Messages being sent right now. */
    public int inFlight() {
        return inFlight.get();
    }

    private void passSafely() {
        try {
            pass();
        } catch (RuntimeException e) {
            // the store is down or busy: the rows wait in the table, the next poll tries again
            LOG.warn("looking for deliveries failed, trying again in {} ms: {}", config.pollInterval().toMillis(),
                    e.getMessage());
        }
    }

    private void pass() {
        int free = config.concurrency() - inFlight.get();
        if (closed || free <= 0) {
            return;
        }
        Instant now = clock.instant();
        var claimed = deliveries.claim(free, now, now.plus(config.lease()));
        if (claimed.isEmpty()) {
            return;
        }
        Map<String, Subscription> byId = subscriptions.list().stream()
                .collect(Collectors.toMap(Subscription::id, Function.identity()));
        claimed.forEach(delivery -> dispatch(delivery, byId.get(delivery.subscriptionId())));
    }

    private void dispatch(Delivery delivery, Subscription subscription) {
        inFlight.incrementAndGet();
        boolean permanent = subscription == null;
        CompletableFuture<Void> sending;
        if (subscription == null) {
            sending = CompletableFuture.failedFuture(new DeliveryFailedException(
                    "subscription \"" + delivery.subscriptionId() + "\" was deleted"));
        } else {
            sending = start(delivery, subscription);
        }
        sending.orTimeout(config.lease().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((ignored, error) -> finish(delivery, error, permanent));
    }

    private CompletableFuture<Void> start(Delivery delivery, Subscription subscription) {
        DeliverySender sender = senders.get(subscription.channel());
        if (sender == null) {
            return CompletableFuture.failedFuture(new DeliveryFailedException("channel " + subscription.channel().code()
                    + " is not available on this server (is delivery.mqtt.url set?)"));
        }
        try {
            return sender.send(delivery, subscription);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Runs on the sender's thread: no database here, the outcome joins the next batch. */
    private void finish(Delivery delivery, Throwable error, boolean permanent) {
        Instant now = clock.instant();
        DeliveryOutcome outcome;
        if (error == null) {
            outcome = DeliveryOutcome.delivered(delivery, now);
        } else {
            boolean dead = permanent || config.retry().exhausted(delivery.attempts());
            Instant retryAt = dead ? null
                    : now.plus(config.retry().delayAfter(delivery.attempts(), random.nextDouble()));
            outcome = DeliveryOutcome.failed(delivery, now, describe(error), retryAt);
        }
        finished.add(outcome);
        inFlight.decrementAndGet();
        if (!closed && flushQueued.compareAndSet(false, true)) {
            scheduler.execute(this::flush);
        }
    }

    /** Records every finished attempt in one transaction, then looks for more work. */
    private void flush() {
        flushQueued.set(false);
        List<DeliveryOutcome> batch = new ArrayList<>();
        for (DeliveryOutcome outcome = finished.poll(); outcome != null; outcome = finished.poll()) {
            batch.add(outcome);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            deliveries.record(batch);
            batch.forEach(this::report);
        } catch (RuntimeException e) {
            // the rows stay SENDING until their lease ends, then they are sent again with the same keys
            LOG.warn("recording {} delivery outcomes failed: {}", batch.size(), e.getMessage());
        }
        passSafely();
    }

    private void report(DeliveryOutcome outcome) {
        Delivery delivery = outcome.claimed();
        if (outcome.isDelivered()) {
            observer.delivered(delivery.channel(), Duration.between(delivery.createdAt(), outcome.at()));
            return;
        }
        observer.failed(delivery.channel(), outcome.isDead());
        if (outcome.isDead()) {
            LOG.error("delivery {} ({} to subscription {}) is DEAD after {} attempts: {}", delivery.id(),
                    delivery.eventKind(), delivery.subscriptionId(), delivery.attempts(), outcome.error());
        } else {
            LOG.warn("delivery {} ({} to subscription {}) attempt {} failed, next at {}: {}", delivery.id(),
                    delivery.eventKind(), delivery.subscriptionId(), delivery.attempts(), outcome.retryAt(),
                    outcome.error());
        }
    }

    private static String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof TimeoutException) {
            return "no answer within the claim's lease";
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    /** Stops polling; messages in flight finish on their own, rows left SENDING are resent after their lease. */
    @Override
    public synchronized void close() {
        closed = true;
        if (polling != null) {
            polling.cancel(false);
        }
    }

    @Override
    public String toString() {
        return "DeliveryWorker";
    }
}
