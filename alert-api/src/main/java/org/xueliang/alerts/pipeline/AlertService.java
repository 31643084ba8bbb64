package org.xueliang.alerts.pipeline;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.gb.DeviceAlert;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertStore;
import org.xueliang.alerts.store.DuplicateAlertException;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.analytics.AnalyticsEvent;

/**
 * Turns analytics events and GB28181 device events into alerts: stores each one (alert and
 * snapshot in one transaction) and only once that is committed tells the listeners. Storing is retried with backoff; an
 * alert that still cannot be stored is logged with its channel, rule and time and counted.
 */
public final class AlertService {
    private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);
    /** The size of the alerts.description column. */
    static final int MAX_DESCRIPTION = 1000;

    private final AlertStore store;
    private final StoreExecutor executor;
    private final Clock clock;
    private final RetryPolicy retry;
    private final List<AlertListener> listeners;
    private final PipelineObserver observer;

    /**
     * @param listeners told about every committed alert, in this order
     * @param observer  told about retries, losses and failing listeners
     */
    public AlertService(AlertStore store, StoreExecutor executor, Clock clock, RetryPolicy retry,
                        List<AlertListener> listeners, PipelineObserver observer) {
        this.store = Objects.requireNonNull(store, "store");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.listeners = List.copyOf(listeners);
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /**
     * Stores the event as a new alert and then publishes it. Never blocks the caller.
     *
     * @return completes with the alert after it was committed and published, or fails with
     *         {@link AlertPersistException} once every retry failed
     */
    public CompletableFuture<Alert> submit(AnalyticsEvent event) {
        byte[] jpeg = event.snapshotJpeg();
        Alert alert = Alert.newAlert(UUID.randomUUID().toString(), event.channelId(), event.ruleId(), event.type(),
                event.eventTime(), clock.instant(), event.boxes(), jpeg == null ? 0 : jpeg.length);
        CompletableFuture<Alert> done = new CompletableFuture<>();
        attempt(alert, jpeg, 1, done);
        return done;
    }

    /**
     * Stores a device event (offline, back online, alarm) as a new alert without boxes or
     * snapshot, filed under the channel ID if given, else the device ID, with rule
     * {@value DeviceAlert#RULE_ID}; then publishes it like any alert. Never blocks the caller.
     *
     * @return as for {@link #submit(AnalyticsEvent)}
     */
    public CompletableFuture<Alert> submitDeviceAlert(DeviceAlert event) {
        Alert alert = Alert.newTextAlert(UUID.randomUUID().toString(), event.sourceId(), DeviceAlert.RULE_ID,
                event.type(), event.eventTime(), clock.instant(), cut(event.description()), event.priority());
        CompletableFuture<Alert> done = new CompletableFuture<>();
        attempt(alert, null, 1, done);
        return done;
    }

    private void attempt(Alert alert, byte[] jpeg, int attempt, CompletableFuture<Alert> done) {
        executor.submit(() -> insert(alert, jpeg, attempt)).whenComplete((ignored, error) -> {
            if (error == null) {
                publish(alert);
                done.complete(alert);
            } else if (attempt < retry.maxAttempts()) {
                retryLater(alert, jpeg, attempt, done, unwrap(error));
            } else {
                giveUp(alert, attempt, done, unwrap(error));
            }
        });
    }

    private Void insert(Alert alert, byte[] jpeg, int attempt) {
        try {
            store.insert(alert, jpeg);
        } catch (DuplicateAlertException e) {
            // A retry after a commit whose acknowledgement was lost: the alert is stored already.
            if (attempt == 1) {
                throw e;
            }
        }
        return null;
    }

    private void retryLater(Alert alert, byte[] jpeg, int attempt, CompletableFuture<Alert> done, Throwable error) {
        long delay = retry.delayBefore(attempt + 1).toMillis();
        LOG.warn("storing alert {} of channel {} failed (attempt {} of {}), retrying in {} ms: {}", alert.id(),
                alert.channelId(), attempt, retry.maxAttempts(), delay, error.getMessage());
        observer.persistRetried(alert);
        // The delayed executor only hops onto the store executor, so a plain Runnable::run is enough.
        Executor later = CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS, Runnable::run);
        later.execute(() -> attempt(alert, jpeg, attempt + 1, done));
    }

    private void giveUp(Alert alert, int attempts, CompletableFuture<Alert> done, Throwable error) {
        AlertPersistException lost = new AlertPersistException(alert, attempts, error);
        LOG.error("ALERT LOST: channel {} rule {} type {} event time {}: {}", alert.channelId(), alert.ruleId(),
                alert.type(), alert.eventTime(), lost.getMessage(), error);
        observer.persistFailed(alert);
        done.completeExceptionally(lost);
    }

    private void publish(Alert alert) {
        for (AlertListener listener : listeners) {
            try {
                listener.onAlert(alert);
            } catch (RuntimeException e) {
                LOG.error("alert listener {} failed on alert {} of channel {}", listener, alert.id(),
                        alert.channelId(), e);
                observer.listenerFailed(listener, alert);
            }
        }
    }

    /** A device's free text is cut to the column rather than costing the alert; never inside a surrogate pair. */
    private static String cut(String text) {
        if (text == null || text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(MAX_DESCRIPTION - 1))
                ? MAX_DESCRIPTION - 1 : MAX_DESCRIPTION);
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
