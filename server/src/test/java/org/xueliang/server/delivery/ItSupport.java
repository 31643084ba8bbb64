package org.xueliang.server.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Paths, ports and waiting for the delivery ITs. */
final class ItSupport {
    private ItSupport() {
    }

    static Path repoRoot() {
        String root = System.getProperty("xl.repo.root");
        if (root == null) {
            throw new IllegalStateException("system property xl.repo.root is not set; run the tests through Maven");
        }
        return Path.of(root).toAbsolutePath();
    }

    /** A new folder under server/target/it-work, kept for a look after the test. */
    static Path workDir(String prefix) {
        try {
            Path parent = Files.createDirectories(repoRoot().resolve("server/target/it-work"));
            return Files.createTempDirectory(parent, prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
