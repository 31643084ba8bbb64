package org.xueliang.alerts.tracks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.analytics.track.TrackRecord;

/**
 * Where the analysis hands its finished tracks: each record is stored on a store thread while the
 * analysis goes on. A record that cannot be stored (store down, store queue full) is logged with
 * its channel, track and times and counted, never thrown at the analysis. Tracks last seen longer
 * ago than the retention are purged on request.
 */
public final class TrackArchive {
    private static final Logger LOG = LoggerFactory.getLogger(TrackArchive.class);

    private final TrackStore store;
    private final StoreExecutor executor;
    private final Clock clock;
    private final Duration retention;
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();

    /** @param retention how long a track is kept after it was last seen; positive */
    public TrackArchive(TrackStore store, StoreExecutor executor, Clock clock, Duration retention) {
        this.store = Objects.requireNonNull(store, "store");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isZero() || retention.isNegative()) {
            throw new IllegalArgumentException("track retention must be positive, got " + retention);
        }
    }

    /**
     * Stores the record on a store thread. Never blocks and never throws.
     *
     * @return completes with the track's id, or fails with the store's error once it was logged and counted
     */
    public CompletableFuture<Long> submit(TrackRecord record) {
        return executor.submit(() -> store.save(record)).whenComplete((id, error) -> {
            if (error == null) {
                stored.incrementAndGet();
                return;
            }
            lost.incrementAndGet();
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            LOG.warn("TRACK LOST: channel {} track {} ({}) seen {} to {}: {}", record.channelId(), record.trackId(),
                    record.label(), record.firstSeen(), record.lastSeen(), cause.getMessage());
        });
    }

    /**
     * Retention: deletes the tracks last seen more than the retention before now. Blocking: call it
     * from a scheduler thread, not an event loop.
     *
     * @return how many tracks were deleted
     */
    public int purge() {
        Instant cutoff = clock.instant().minus(retention);
        int deleted = store.deleteOlderThan(cutoff);
        if (deleted > 0) {
            LOG.info("deleted {} track(s) last seen before {}", deleted, cutoff);
        }
        return deleted;
    }

    /** Records stored since start, for metrics. */
    public long stored() {
        return stored.get();
    }

    /** Records that could not be stored since start, for metrics. */
    public long lost() {
        return lost.get();
    }
}
