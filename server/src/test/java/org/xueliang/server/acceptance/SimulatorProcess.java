package org.xueliang.server.acceptance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The GB28181 device simulator of {@code samples/gb28181-simulator} as a child process, started
 * from its compiled classes (the module builds before the server). It prints
 * {@code READY control=<url>} once its devices are registered; its log goes to a file.
 */
final class SimulatorProcess implements AutoCloseable {
    private static final Path CLASSES = TestPaths.repoRoot().resolve("samples/gb28181-simulator/target/classes");
    private static final Duration READY_WITHIN = Duration.ofSeconds(20);

    private final Process process;
    private final Path log;
    private final CompletableFuture<String> control = new CompletableFuture<>();

    private SimulatorProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        Thread reader = new Thread(this::readStdout, "simulator-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the simulator with {@code options} and waits until it reports its devices registered. */
    static SimulatorProcess start(Path workDir, List<String> options) throws IOException {
        if (!Files.isDirectory(CLASSES.resolve("org/xueliang/simulator"))) {
            throw new IllegalStateException("the simulator is not built: " + CLASSES + " (build samples/gb28181-simulator)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", CLASSES.toString(), "org.xueliang.simulator.Main"));
        command.addAll(options);
        Path log = workDir.resolve("simulator-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).directory(TestPaths.repoRoot().toFile())
                .redirectError(log.toFile()).start();
        SimulatorProcess simulator = new SimulatorProcess(process, log);
        try {
            simulator.control.get(READY_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            simulator.close();
            throw new AssertionError("the simulator did not get ready within " + READY_WITHIN.toSeconds()
                    + " s; its log:\n" + simulator.log(), e);
        }
        return simulator;
    }

    private void readStdout() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("READY control=")) {
                    control.complete(line.substring("READY control=".length()).strip());
                }
            }
        } catch (IOException e) {
            control.completeExceptionally(e);
        }
        control.completeExceptionally(new IllegalStateException("the simulator ended"));
    }

    /** {@code POST /kill}: the simulator stops at once without a word, like a device losing power. */
    void kill() throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(control.get() + "/kill"))
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
