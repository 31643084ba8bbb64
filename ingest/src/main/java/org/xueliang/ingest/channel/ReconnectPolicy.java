package org.xueliang.ingest.channel;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off between reconnect attempts: the initial delay doubles with each failure in a
 * row up to the maximum, and a random share of up to {@code jitter} is taken off so that channels
 * that failed together (a switch reboot) do not reconnect in lock step.
 *
 * @param initialDelay delay after the first failure
 * @param maxDelay     largest delay
 * @param jitter       largest share of the delay removed at random, from 0 to 1
 */
public record ReconnectPolicy(Duration initialDelay, Duration maxDelay, double jitter) {

    /** One second, doubling up to 30 seconds, up to 20 % earlier. */
    public static final ReconnectPolicy DEFAULT = new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2);

    public ReconnectPolicy {
        if (initialDelay == null || initialDelay.isNegative() || initialDelay.isZero()) {
            throw new IllegalArgumentException("'initialDelay' must be greater than zero, got " + initialDelay);
        }
        if (maxDelay == null || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("'maxDelay' must be at least 'initialDelay' (" + initialDelay
                    + "), got " + maxDelay);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("'jitter' must be from 0 to 1, got " + jitter);
        }
    }

    /**
     * The delay before the next attempt.
     *
     * @param failuresInRow failed sessions since the last one that delivered frames, at least 1
     * @param random        source of jitter
     */
    public Duration delay(int failuresInRow, RandomGenerator random) {
        if (failuresInRow < 1) {
            throw new IllegalArgumentException("failures in a row must be at least 1, got " + failuresInRow);
        }
        long initial = initialDelay.toNanos();
        long max = maxDelay.toNanos();
        // stop doubling once at the cap, which also keeps the shift from overflowing
        int doublings = Math.min(failuresInRow - 1, 62);
        long base = initial;
        for (int i = 0; i < doublings && base < max; i++) {
            base = base > max / 2 ? max : base * 2;
        }
        base = Math.min(base, max);
        double keep = 1 - jitter * random.nextDouble();
        return Duration.ofNanos(Math.round(base * keep));
    }
}
