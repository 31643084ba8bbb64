package org.xueliang.server.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web console in a real browser: the server runs in this JVM with four looped file channels
 * watching key sites of two townships, and {@code node --test} runs the Playwright suites of
 * {@code server/src/test/console} against it with Debian's headless Chromium. Their output goes
 * to this test's log; screenshots land in {@code server/target/console-screenshots}.
 */
class ConsoleBrowserIT {
    private static final long SUITES_TIMEOUT_MINUTES = 15;

    @Test
    void consoleSuitesPassInChromium() throws Exception {
        Path work = TestPaths.workDir("console");
        Path repo = TestPaths.repoRoot();
        try (InProcessServer server = InProcessServer.start(work, InProcessServer.QUICK_RECONNECT,
                ConsoleFixture.channelsYaml())) {
            ConsoleFixture.seed(server.api());
            Path suites = repo.resolve("server/src/test/console");
            List<String> command = new ArrayList<>(List.of("node", "--test", "--test-concurrency=1",
                    "--test-reporter=spec"));
            command.addAll(suiteFiles(suites));
            ProcessBuilder builder = new ProcessBuilder(command).directory(suites.toFile()).redirectErrorStream(true);
            builder.environment().putAll(ConsoleFixture.environment(server.api().baseUrl(),
                    repo.resolve("server/target/console-screenshots")));
            int exit = run(builder);
            assertThat(exit).as("node --test exit code (its output is in the log above)").isZero();
        }
    }

    private static List<String> suiteFiles(Path suites) throws IOException {
        try (Stream<Path> files = Files.list(suites)) {
            List<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".test.mjs")).sorted().toList();
            assertThat(names).as("browser suites in %s", suites).isNotEmpty();
            return names;
        }
    }

    /** Runs node, copying each line of its output to the log as it comes. */
    private static int run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process node = builder.start();
        Thread pump = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(node.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(line -> System.out.println("[console tests] " + line));
            } catch (IOException e) {
                System.out.println("[console tests] output lost: " + e);
            }
        }, "console-tests-output");
        pump.start();
        if (!node.waitFor(SUITES_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly().waitFor();
            pump.join(5000);
            throw new AssertionError("the browser suites did not finish within " + SUITES_TIMEOUT_MINUTES + " minutes");
        }
        pump.join(5000);
        return node.exitValue();
    }
}
