package org.xueliang.server.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.xueliang.server.acceptance.TestPaths;

/**
 * The packaged jar run from the repository root with a configuration file, as an operator runs it;
 * output goes to a log file next to the configuration. {@link #kill()} is SIGKILL.
 */
final class JarServer implements AutoCloseable {
    static final String TOKEN = "it-token-0123456789abcdef";

    private final Process process;
    private final Path log;
    private final Thread killOnExit;
    final int port;
    final Api api;

    private JarServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.api = new Api(port, TOKEN);
        this.killOnExit = new Thread(process::destroyForcibly, "kill-" + process.pid());
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts the jar with {@code http}, {@code api} and {@code dataDir} set and the given sections
     * appended, and waits until it answers.
     *
     * @param name names the config and log files, so that a restart keeps the first run's log
     */
    static JarServer start(Path workDir, String name, int port, String sections) {
        Path repo = TestPaths.repoRoot();
        String yaml = """
                http: {port: %d, bindAddress: 127.0.0.1}
                api: {token: %s}
                dataDir: "%s"
                """.formatted(port, TOKEN, workDir.resolve("data")) + sections;
        try {
            Path config = Files.writeString(workDir.resolve(name + ".yml"), yaml);
            Path log = workDir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dorg.bytedeco.javacpp.cachedir=" + System.getProperty("org.bytedeco.javacpp.cachedir",
                            repo.resolve("target/javacpp-cache").toString()),
                    "-jar", "server/target/xueliang-server.jar", "--config", config.toString()))
                    .directory(repo.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(variable -> variable.startsWith("XL_"));
            JarServer server = new JarServer(builder.start(), log, port);
            ItSupport.await(Duration.ofSeconds(60), () -> server.api.isListening() || !server.process.isAlive(),
                    () -> "the server does not listen on " + port + "; log:\n" + server.log());
            if (!server.process.isAlive()) {
                throw new AssertionError("the server exited with " + server.process.exitValue() + "; log:\n"
                        + server.log());
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down and runs the hook itself
        }
    }
}
