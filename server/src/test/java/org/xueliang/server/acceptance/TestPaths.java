package org.xueliang.server.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the repository and put their files, and free ports for the servers they start. */
public final class TestPaths {
    private TestPaths() {
    }

    /** The repository root, from the {@code xl.repo.root} property that the build sets. */
    public static Path repoRoot() {
        String root = System.getProperty("xl.repo.root");
        if (root == null) {
            throw new IllegalStateException("system property xl.repo.root is not set; run the tests through Maven");
        }
        return Path.of(root).toAbsolutePath();
    }

    /** A new folder under server/target/it-work, kept after the test for a look at what the server wrote. */
    public static Path workDir(String prefix) {
        try {
            Path parent = Files.createDirectories(repoRoot().resolve("server/target/it-work"));
            return Files.createTempDirectory(parent, prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A loopback port that was free a moment ago. Another process could take it before the server
     * binds it; on this build machine that is rare enough to accept.
     */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
