package org.xueliang.server.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.xueliang.server.acceptance.TestPaths;

/**
 * A Mosquitto broker of its own (Debian package {@code mosquitto}) on a free loopback port, without
 * persistence, so that retained messages of earlier runs or of other tests never leak in.
 */
final class Mosquitto implements AutoCloseable {
    private static final String BINARY = "/usr/sbin/mosquitto";

    private final Process process;
    private final int port;

    private Mosquitto(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Mosquitto start(Path workDir) {
        int port = TestPaths.freePort();
        try {
            Path config = Files.writeString(workDir.resolve("mosquitto.conf"), """
                    listener %d 127.0.0.1
                    allow_anonymous true
                    persistence false
                    """.formatted(port));
            Process process = new ProcessBuilder(BINARY, "-c", config.toString()).redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("mosquitto.log").toFile()).start();
            Mosquitto broker = new Mosquitto(process, port);
            ItSupport.await(java.time.Duration.ofSeconds(10), broker::accepts, () -> "mosquitto does not listen on "
                    + port + " (is the Debian package mosquitto installed?)");
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + BINARY + " (apt-get install mosquitto)", e);
        }
    }

    String url() {
        return "tcp://127.0.0.1:" + port;
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
