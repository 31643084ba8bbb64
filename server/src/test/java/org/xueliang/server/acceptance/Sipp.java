package org.xueliang.server.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * sipp playing one GB28181 device with the scenarios of {@code samples/sipp}, as a child process
 * from a fixed local port, so that the server sees one device address across scenarios.
 */
final class Sipp {
    private static final Path SCENARIOS = TestPaths.repoRoot().resolve("samples/sipp");
    private static final long TIMEOUT_SECONDS = 20;

    private final Path workDir;
    private final List<String> common;

    /**
     * @param mode {@code u1} (UDP) or {@code t1} (TCP, one connection)
     */
    Sipp(Path workDir, String mode, int localPort, int serverPort, String deviceId, String channelId,
         String platformId, String password) {
        this.workDir = workDir;
        this.common = List.of("-m", "1", "-t", mode, "-i", "127.0.0.1", "-p", Integer.toString(localPort),
                "-timeout", TIMEOUT_SECONDS + "s", "-timeout_error", "-trace_err", "-nostdin",
                "-key", "device_id", deviceId, "-key", "channel_id", channelId, "-key", "domain",
                platformId.substring(0, 10), "-key", "platform_id", platformId, "-au", deviceId, "-ap", password,
                "127.0.0.1:" + serverPort);
    }

    /** Starts a scenario, with an out-of-call scenario for the server's own requests (or null). */
    Process start(String scenario, String outOfCall) {
        List<String> command = new ArrayList<>(List.of("sipp", "-sf", SCENARIOS.resolve(scenario).toString()));
        if (outOfCall != null) {
            command.addAll(List.of("-oocsf", SCENARIOS.resolve(outOfCall).toString()));
        }
        command.addAll(common);
        try {
            Files.createDirectories(workDir);
            return new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(workDir.resolve(scenario + ".out").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a scenario to its end; sipp's exit code is 0 when every call succeeded. */
    int run(String scenario, String outOfCall) throws InterruptedException {
        return await(start(scenario, outOfCall));
    }

    int await(Process sipp) throws InterruptedException {
        if (!sipp.waitFor(TIMEOUT_SECONDS + 10, TimeUnit.SECONDS)) {
            sipp.destroyForcibly();
            throw new AssertionError("sipp did not end; see " + workDir);
        }
        return sipp.exitValue();
    }

    /** sipp's screen and error log of a scenario, for failure messages. */
    String report(String scenario) {
        String prefix = scenario.replace(".xml", "");
        StringBuilder report = new StringBuilder();
        try (var files = Files.list(workDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                report.append("== ").append(file.getFileName()).append('\n').append(Files.readString(file));
            }
        } catch (IOException e) {
            report.append("(cannot read sipp's files: ").append(e).append(')');
        }
        return report.toString();
    }
}
