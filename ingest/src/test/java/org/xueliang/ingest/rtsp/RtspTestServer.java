package org.xueliang.ingest.rtsp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xueliang.ingest.Await;

/** {@code samples/rtsp/rtsp_server.py} run as a child process: a real RTSP peer for tests. */
final class RtspTestServer implements AutoCloseable {
    private final int port;
    private Process process;

    private RtspTestServer(int port) {
        this.port = port;
    }

    /** Starts a ball test pattern on a free port, mounted at /cam. */
    static RtspTestServer start() throws IOException, InterruptedException {
        RtspTestServer server = new RtspTestServer(freePort());
        server.restart();
        return server;
    }

    /** rtsp://127.0.0.1:PORT/cam */
    String url() {
        return "rtsp://127.0.0.1:" + port + "/cam";
    }

    /** Starts the server again on the same port, waiting for its READY line. */
    void restart() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("RTSP test server is still running on port " + port);
        }
        Path script = Await.repoRoot().resolve("samples/rtsp/rtsp_server.py");
        process = new ProcessBuilder(python(), script.toString(), "--port", Integer.toString(port), "--path", "/cam",
                "--pattern", "ball").redirectErrorStream(true).start();
        CompletableFuture<String> ready = new CompletableFuture<>();
        Process started = process;
        Thread drain = new Thread(() -> drain(started, ready), "rtsp-test-server-output");
        drain.setDaemon(true);
        drain.start();
        try {
            String line = ready.get(20, TimeUnit.SECONDS);
            if (!line.equals("READY " + url())) {
                throw new IllegalStateException("RTSP test server printed '" + line + "', expected 'READY " + url() + "'");
            }
        } catch (ExecutionException | TimeoutException e) {
            close();
            throw new IllegalStateException("RTSP test server did not become ready on port " + port, e);
        }
    }

    /** Kills the server at once (SIGKILL), like a crashed camera. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** Freezes (SIGSTOP) or thaws (SIGCONT) the server: its sockets stay open but no data flows. */
    void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
        }
    }

    /** Stops the server with SIGTERM, then SIGKILL if it lingers. */
    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static void drain(Process process, CompletableFuture<String> ready) {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (!ready.isDone() && line.startsWith("READY")) {
                    ready.complete(line);
                } else {
                    System.out.println("[rtsp_server.py] " + line);
                }
            }
            ready.completeExceptionally(new IllegalStateException("rtsp_server.py exited with " + process.waitFor()));
        } catch (IOException e) {
            ready.completeExceptionally(new UncheckedIOException(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** python3 with the GStreamer bindings: the system one unless {@code -Dxl.python} says otherwise. */
    private static String python() {
        String configured = System.getProperty("xl.python");
        if (configured != null) {
            return configured;
        }
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
