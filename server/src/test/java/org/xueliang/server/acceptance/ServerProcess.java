package org.xueliang.server.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar {@code server/target/xueliang-server.jar} run as a child JVM from the repository
 * root, exactly as the README tells an operator to, with its output collected in a file.
 */
final class ServerProcess implements AutoCloseable {
    static final String JAR = "server/target/xueliang-server.jar";

    private final Process process;
    private final Path output;
    private final Thread killOnExit;

    private ServerProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
        // a test JVM that dies without running its clean-up must not leave a server running
        this.killOnExit = new Thread(process::destroyForcibly, "kill-" + process.pid());
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /** What a finished run printed and how it exited. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    /**
     * Starts the server; the environment holds no XL_ variable but those in {@code env}.
     *
     * @param output file that receives stdout and stderr
     */
    static ServerProcess start(Path output, Map<String, String> env, String... args) {
        ProcessBuilder builder = builder(env, args).redirectErrorStream(true).redirectOutput(output.toFile());
        try {
            return new ServerProcess(builder.start(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + builder.command(), e);
        }
    }

    /** Runs the jar to its end, for the command-line modes that exit at once. */
    static Result run(Path workDir, Duration timeout, String... args) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile(workDir, "stdout-", ".txt");
        Path stderr = Files.createTempFile(workDir, "stderr-", ".txt");
        Process process = builder(Map.of(), args).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("xueliang-server " + String.join(" ", args) + " still running after "
                        + timeout.toSeconds() + " s; output: " + Files.readString(stdout) + Files.readString(stderr));
            }
            return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
        } finally {
            process.destroyForcibly();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Everything the server printed so far. */
    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "(cannot read " + output + ": " + e + ")";
        }
    }

    /** Stops the server as an operator's Ctrl-C would, then kills it if it lingers. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and runs the hook itself
        }
    }

    private static ProcessBuilder builder(Map<String, String> env, String... args) {
        Path repo = TestPaths.repoRoot();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.bytedeco.javacpp.cachedir=" + repo.resolve("target/javacpp-cache"),
                "-jar", JAR));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile());
        // the build's own environment must not change the server's configuration
        builder.environment().keySet().removeIf(name -> name.startsWith("XL_"));
        builder.environment().putAll(env);
        return builder;
    }
}
