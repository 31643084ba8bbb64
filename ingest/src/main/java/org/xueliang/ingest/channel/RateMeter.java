package org.xueliang.ingest.channel;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Events per second over a sliding window, counted in buckets so that memory does not grow with
 * the rate. Thread-safe.
 */
public final class RateMeter {
    private static final int BUCKETS = 20;

    private final long bucketNanos;
    private final LongSupplier nanoTime;
    private final long startNanos;
    private final long minimumSpanNanos;
    private final long[] bucketIds = new long[BUCKETS];
    private final long[] counts = new long[BUCKETS];

    /**
     * @param window   how far back events count
     * @param nanoTime monotonic clock in nanoseconds, {@code System::nanoTime} outside tests
     */
    public RateMeter(Duration window, LongSupplier nanoTime) {
        if (window.toNanos() < BUCKETS) {
            throw new IllegalArgumentException("rate window must be at least " + BUCKETS + " ns, got " + window);
        }
        this.bucketNanos = window.toNanos() / BUCKETS;
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
        this.minimumSpanNanos = Math.min(window.toNanos(), 1_000_000_000L);
        Arrays.fill(bucketIds, Long.MIN_VALUE);
    }

    /** Counts one event now. */
    public synchronized void record() {
        long bucket = bucketOf(nanoTime.getAsLong());
        int slot = (int) Math.floorMod(bucket, (long) BUCKETS);
        if (bucketIds[slot] != bucket) {
            bucketIds[slot] = bucket;
            counts[slot] = 0;
        }
        counts[slot]++;
    }

    /** Events per second over the window, or over the time since creation while that is shorter. */
    public synchronized double perSecond() {
        long now = nanoTime.getAsLong();
        long current = bucketOf(now);
        long events = 0;
        for (int slot = 0; slot < BUCKETS; slot++) {
            if (bucketIds[slot] > current - BUCKETS && bucketIds[slot] <= current) {
                events += counts[slot];
            }
        }
        long windowStart = (current - BUCKETS + 1) * bucketNanos + startNanos;
        // at least a second (or the window), so that the first event does not read as a huge rate
        long span = Math.max(now - Math.max(windowStart, startNanos), minimumSpanNanos);
        return events * 1e9 / span;
    }

    private long bucketOf(long nanos) {
        return Math.floorDiv(nanos - startNanos, bucketNanos);
    }
}
