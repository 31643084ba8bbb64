package org.xueliang.ingest;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition in tests instead of sleeping a fixed time. */
public final class Await {

    private Await() {
    }

    /** Polls {@code condition} every 10 ms; fails with {@code description()} after {@code timeout}. */
    public static void until(Duration timeout, BooleanSupplier condition, Supplier<String> description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout.toMillis() + " ms: " + description.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + description.get(), e);
            }
        }
    }

    /** The repository root, from the {@code xl.repo.root} property set by the build. */
    public static java.nio.file.Path repoRoot() {
        String root = System.getProperty("xl.repo.root");
        if (root == null) {
            throw new IllegalStateException("system property xl.repo.root is not set; run the tests through Maven");
        }
        return java.nio.file.Path.of(root);
    }
}
