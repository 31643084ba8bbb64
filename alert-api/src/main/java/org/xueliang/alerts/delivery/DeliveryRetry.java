package org.xueliang.alerts.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed sends are retried: after attempt {@code n} fails, wait {@code initialDelay * 2^(n-1)},
 * at most {@code maxDelay}, spread by {@code jitter} either way so that many messages failing at
 * once (a receiver that went down) do not come back at once; after {@code maxAttempts} the
 * message is DEAD.
 *
 * @param maxAttempts  sends in all, at least 1
 * @param initialDelay wait after the first failure
 * @param maxDelay     longest wait
 * @param jitter       0 to 1: a wait of {@code d} becomes one from {@code d*(1-jitter)} to {@code d*(1+jitter)}
 */
public record DeliveryRetry(int maxAttempts, Duration initialDelay, Duration maxDelay, double jitter) {
    public DeliveryRetry {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("delivery maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("delivery retry delays must satisfy 0 <= initialDelay <= maxDelay, got "
                    + initialDelay + " and " + maxDelay);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("delivery retry jitter must be from 0 to 1, got " + jitter);
        }
    }

    /** Eight sends over about ten minutes: rides out a receiver's restart or a short network outage. */
    public static DeliveryRetry standard() {
        return new DeliveryRetry(8, Duration.ofSeconds(2), Duration.ofMinutes(5), 0.2);
    }

    /** Whether a message that failed its {@code attempts}-th send is finished with. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /**
     * The wait after the {@code attempts}-th send failed.
     *
     * @param random a uniform random number in [0, 1), which picks the point in the jitter range
     */
    public Duration delayAfter(int attempts, double random) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        double base = Math.min(initialDelay.toNanos() * Math.pow(2, doublings), maxDelay.toNanos());
        double spread = base * (1 + jitter * (2 * random - 1));
        return Duration.ofNanos((long) Math.min(Math.max(0, spread), maxDelay.toNanos()));
    }
}
