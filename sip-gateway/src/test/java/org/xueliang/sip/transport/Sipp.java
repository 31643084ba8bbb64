package org.xueliang.sip.transport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the sipp scenarios of {@code samples/sipp} as a device: a child process with the
 * scenario's keys, from a fixed local port so that the gateway sees one device address.
 */
final class Sipp {
    private static final Path SCENARIOS = Path.of(System.getProperty("xl.repo.root"), "samples", "sipp");
    private static final long TIMEOUT_SECONDS = 20;

    private final Path workDir;
    private final String transport;
    private final int localPort;
    private final int gatewayPort;
    private final Map<String, String> keys;

    /**
     * @param transport {@code u1} (UDP) or {@code t1} (TCP, one connection)
     */
    Sipp(Path workDir, String transport, int localPort, int gatewayPort, Map<String, String> keys) {
        this.workDir = workDir;
        this.transport = transport;
        this.localPort = localPort;
        this.gatewayPort = gatewayPort;
        this.keys = keys;
    }

    /**
     * Starts a scenario; sipp writes its errors next to its log in the work folder.
     *
     * @param outOfCall scenario for requests outside the scenario's call (the platform's own MESSAGEs), or null
     */
    Process start(String scenario, String outOfCall) {
        List<String> command = new ArrayList<>(List.of("sipp", "-sf", SCENARIOS.resolve(scenario).toString(),
                "-m", "1", "-t", transport, "-i", "127.0.0.1", "-p", Integer.toString(localPort),
                "-timeout", TIMEOUT_SECONDS + "s", "-timeout_error", "-trace_err", "-trace_msg", "-nostdin"));
        if (outOfCall != null) {
            command.addAll(List.of("-oocsf", SCENARIOS.resolve(outOfCall).toString()));
        }
        keys.forEach((key, value) -> {
            if (key.equals("password")) {
                // the digest credentials: sipp reads them from -au/-ap, not from scenario keys
                command.addAll(List.of("-au", keys.get("device_id"), "-ap", value));
            } else {
                command.addAll(List.of("-key", key, value));
            }
        });
        command.add("127.0.0.1:" + gatewayPort);
        try {
            Files.createDirectories(workDir);
            return new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(workDir.resolve(scenario + ".out").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a scenario to its end and returns sipp's exit code (0: every call succeeded). */
    int run(String scenario) throws InterruptedException {
        return await(start(scenario, null), scenario);
    }

    /** Runs a scenario with an out-of-call scenario for the platform's own requests. */
    int run(String scenario, String outOfCall) throws InterruptedException {
        return await(start(scenario, outOfCall), scenario);
    }

    /** The SIP messages sipp traced for a scenario (-trace_msg). */
    String messages(String scenario) {
        String prefix = scenario.replace(".xml", "_");
        try (var files = Files.list(workDir)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith("_messages.log")).toList()) {
                text.append(Files.readString(file));
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int await(Process process, String scenario) throws InterruptedException {
        if (!process.waitFor(TIMEOUT_SECONDS + 10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("sipp " + scenario + " did not end; see " + workDir);
        }
        return process.exitValue();
    }

    /** What sipp wrote about a scenario (its screen output and error and message traces). */
    String report(String scenario) {
        StringBuilder report = new StringBuilder();
        try (var files = Files.list(workDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(scenario.replace(".xml", "")))
                    .sorted().toList()) {
                report.append("== ").append(file.getFileName()).append('\n').append(Files.readString(file));
            }
        } catch (IOException e) {
            report.append("(cannot read sipp's files: ").append(e).append(')');
        }
        return report.toString();
    }
}
