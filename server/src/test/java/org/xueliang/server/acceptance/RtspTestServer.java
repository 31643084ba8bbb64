package org.xueliang.server.acceptance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A camera stand-in: {@code samples/rtsp/rtsp_server.py} (GStreamer) serving a moving ball at
 * {@code rtsp://127.0.0.1:PORT/cam}, as a child process that can be killed and started again on
 * the same port, like a camera that loses power and comes back.
 */
final class RtspTestServer implements AutoCloseable {
    private static final long READY_SECONDS = 20;

    private final int port;
    private Process process;
    private Thread killOnExit;

    private RtspTestServer(int port) {
        this.port = port;
    }

    /** Starts the ball pattern on a free port. */
    static RtspTestServer startBall() throws IOException, InterruptedException {
        RtspTestServer server = new RtspTestServer(TestPaths.freePort());
        server.start();
        return server;
    }

    String url() {
        return "rtsp://127.0.0.1:" + port + "/cam";
    }

    /** Starts (again) on this server's port and returns once it prints its READY line. */
    void start() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the RTSP server on port " + port + " still runs");
        }
        Path script = TestPaths.repoRoot().resolve("samples/rtsp/rtsp_server.py");
        process = new ProcessBuilder(python(), script.toString(), "--port", String.valueOf(port), "--path", "/cam",
                "--pattern", "ball").redirectErrorStream(true).start();
        killOnExit = new Thread(process::destroyForcibly, "kill-rtsp-" + process.pid());
        Runtime.getRuntime().addShutdownHook(killOnExit);
        CompletableFuture<String> ready = new CompletableFuture<>();
        Process running = process;
        Thread reader = new Thread(() -> echoOutput(running, ready), "rtsp-server-" + port);
        reader.setDaemon(true);
        reader.start();
        String expected = "READY " + url();
        try {
            String line = ready.get(READY_SECONDS, TimeUnit.SECONDS);
            if (!line.equals(expected)) {
                throw new IllegalStateException("rtsp_server.py printed '" + line + "', expected '" + expected + "'");
            }
        } catch (ExecutionException | TimeoutException e) {
            kill();
            throw new IllegalStateException("rtsp_server.py did not get ready on port " + port, e);
        }
    }

    /** SIGKILL: the camera vanishes without closing its sessions. */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        forgetShutdownHook();
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        forgetShutdownHook();
    }

    private void forgetShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down and runs the hook itself
        }
    }

    /** Completes {@code ready} with the READY line and echoes everything else to the test output. */
    private static void echoOutput(Process process, CompletableFuture<String> ready) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!ready.isDone() && line.startsWith("READY ")) {
                    ready.complete(line);
                } else {
                    System.out.println("[rtsp_server.py] " + line);
                }
            }
            ready.completeExceptionally(new IllegalStateException("rtsp_server.py exited with " + process.waitFor()));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The system python3, which has the GStreamer bindings (gi); -Dxl.python overrides it. */
    private static String python() {
        String configured = System.getProperty("xl.python");
        if (configured != null) {
            return configured;
        }
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }
}
