package org.xueliang.alerts.pipeline;

import java.time.Clock;
import java.time.Duration;
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
import org.xueliang.alerts.store.Recorded;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.analytics.AnalyticsEvent;

/**
 * Turns analytics events and GB28181 device events into alerts: triages each one (level,
 * jurisdiction, acknowledgement deadline), stores it (alert and snapshot in one transaction) or
 * merges it into the open alert of the same channel, rule and type within the merge window, and
 * only once that is committed tells the listeners: a new alert, or a {@link AlertChange.Kind#MERGED}
 * change. Storing is retried with backoff; an alert that still cannot be stored is logged with
 * its channel, rule and time and counted.
 */
public final class AlertService {
    private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);
    /** The size of the alerts.description column. */
    static final int MAX_DESCRIPTION = 1000;
    /** Merges of one channel, rule and type wait on one lock, so that racing repeats cannot both open an alert. */
    private static final int MERGE_STRIPES = 64;

    private final AlertStore store;
    private final StoreExecutor executor;
    private final Clock clock;
    private final RetryPolicy retry;
    private final AlertListeners listeners;
    private final PipelineObserver observer;
    private final AlertTriage triage;
    private final Duration mergeWindow;
    private final Object[] mergeLocks = new Object[MERGE_STRIPES];

    /**
     * A pipeline that neither triages nor merges: every event becomes an alert of the default level.
     *
     * @param listeners told about every committed alert, in this order
     * @param observer  told about retries, losses and failing listeners
     */
    public AlertService(AlertStore store, StoreExecutor executor, Clock clock, RetryPolicy retry,
                        List<AlertListener> listeners, PipelineObserver observer) {
        this(store, executor, clock, retry, new AlertListeners(listeners, observer), AlertTriage.none(), Duration.ZERO);
    }

    /**
     * @param listeners   told about every committed alert and merge; their observer hears about retries and losses
     * @param triage      fills in level, jurisdiction and deadline of each new alert
     * @param mergeWindow repeats at most this far apart merge into one open alert; zero merges nothing
     */
    public AlertService(AlertStore store, StoreExecutor executor, Clock clock, RetryPolicy retry,
                        AlertListeners listeners, AlertTriage triage, Duration mergeWindow) {
        this.store = Objects.requireNonNull(store, "store");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.listeners = Objects.requireNonNull(listeners, "listeners");
        this.observer = listeners.observer();
        this.triage = Objects.requireNonNull(triage, "triage");
        this.mergeWindow = Objects.requireNonNull(mergeWindow, "mergeWindow");
        if (mergeWindow.isNegative()) {
            throw new IllegalArgumentException("merge window must not be negative, got " + mergeWindow);
        }
        for (int i = 0; i < MERGE_STRIPES; i++) {
            mergeLocks[i] = new Object();
        }
    }

    /**
     * Stores the event as a new alert, or merges it into an open one, and then publishes it.
     * Never blocks the caller.
     *
     * @return completes with the alert as stored (the open alert when merged) after it was
     *         committed and published, or fails with {@link AlertPersistException} once every
     *         retry failed
     */
    public CompletableFuture<Alert> submit(AnalyticsEvent event) {
        byte[] jpeg = event.snapshotJpeg();
        Alert alert = Alert.newAlert(UUID.randomUUID().toString(), event.channelId(), event.ruleId(), event.type(),
                event.eventTime(), clock.instant(), event.boxes(), jpeg == null ? 0 : jpeg.length)
                .withDetails(event.details());
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
        executor.submit(() -> insert(alert, jpeg, attempt)).whenComplete((recorded, error) -> {
            if (error == null) {
                publish(recorded);
                done.complete(recorded.alert());
            } else if (attempt < retry.maxAttempts()) {
                retryLater(alert, jpeg, attempt, done, unwrap(error));
            } else {
                giveUp(alert, attempt, done, unwrap(error));
            }
        });
    }

    private Recorded insert(Alert alert, byte[] jpeg, int attempt) {
        Alert triaged = triage.triage(alert);
        try {
            if (mergeWindow.isZero()) {
                store.insert(triaged, jpeg);
                return new Recorded(triaged, false);
            }
            synchronized (mergeLocks[Math.floorMod(Objects.hash(alert.channelId(), alert.ruleId(), alert.type()),
                    MERGE_STRIPES)]) {
                return store.record(triaged, jpeg, mergeWindow);
            }
        } catch (DuplicateAlertException e) {
            // A retry after a commit whose acknowledgement was lost: the alert is stored already.
            if (attempt == 1) {
                throw e;
            }
            return new Recorded(triaged, false);
        }
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

    private void publish(Recorded recorded) {
        if (recorded.merged()) {
            listeners.changed(new AlertChange(recorded.alert(), AlertChange.Kind.MERGED, null));
        } else {
            listeners.created(recorded.alert());
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
