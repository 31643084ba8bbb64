package org.xueliang.server.acceptance;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls a condition until it holds or a deadline passes, instead of sleeping a fixed time. */
final class Await {
    private static final long POLL_MILLIS = 50;

    private Await() {
    }

    /** Fails with {@code description()} when {@code condition} does not hold within {@code timeout}. */
    static void until(Duration timeout, BooleanSupplier condition, Supplier<String> description) {
        value(timeout, condition::getAsBoolean, Boolean::booleanValue, ignored -> description.get());
    }

    /**
     * Probes a value until {@code accepted} holds and returns that value.
     *
     * @param describe explains the last value probed when the wait fails
     */
    static <T> T value(Duration timeout, Supplier<T> probe, Predicate<T> accepted, Function<T, String> describe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (accepted.test(value)) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toMillis() + " ms: " + describe.apply(value));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + describe.apply(value), e);
            }
        }
    }

    /** What is left of a time budget that began at {@code startNanos} (from System.nanoTime); never negative. */
    static Duration remaining(long startNanos, Duration budget) {
        Duration left = budget.minusNanos(System.nanoTime() - startNanos);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
