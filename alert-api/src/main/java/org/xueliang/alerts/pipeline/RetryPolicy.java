package org.xueliang.alerts.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * How persisting an alert is retried: up to {@code maxAttempts} tries, waiting
 * {@code firstDelay}, then doubling, between them.
 *
 * @param maxAttempts tries in all, at least 1
 * @param firstDelay  wait before the second try
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay) {
    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("retry maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (firstDelay.isNegative()) {
            throw new IllegalArgumentException("retry firstDelay must not be negative, got " + firstDelay);
        }
    }

    /** Four tries over about 1.4 s: rides out a database fail-over blip or a pool hiccup. */
    public static RetryPolicy standard() {
        return new RetryPolicy(4, Duration.ofMillis(200));
    }

    /** The wait before try number {@code attempt} (2 for the first retry). */
    public Duration delayBefore(int attempt) {
        return firstDelay.multipliedBy(1L << Math.min(attempt - 2, 16));
    }
}
