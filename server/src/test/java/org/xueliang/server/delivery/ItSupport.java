package org.xueliang.server.delivery;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.xueliang.server.acceptance.TestPaths;

/** Waiting for the delivery ITs; paths and ports come from {@link TestPaths}. */
final class ItSupport {
    private ItSupport() {
    }

    /** Polls until the condition holds; fails with the description after the timeout. */
    static void await(Duration timeout, BooleanSupplier condition, Supplier<String> description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + description.get());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + description.get(), e);
            }
        }
    }
}
