package org.xueliang.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueliang.simulator.ItSupport.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator as a separate process, driven the way an end-to-end test drives it: CLI, READY line, control port. */
class MainIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> processes = new ArrayList<>();
    private FakeRegistrar registrar;

    @BeforeEach
    void startRegistrar() throws IOException {
        registrar = new FakeRegistrar("12345678");
    }

    @AfterEach
    void cleanUp() throws IOException {
        for (Process process : processes) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        registrar.close();
    }

    private Process launch(String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Path.of("target", "classes").toString(), "org.xueliang.simulator.Main",
                "--server", "127.0.0.1:" + registrar.port(), "--server-id", ItSupport.SERVER_ID, "--domain", ItSupport.DOMAIN,
                "--password", "12345678", "--devices", "1", "--first-device-id", "34020000001320000001",
                "--channels-per-device", "1", "--keepalive", "1s", "--video", ItSupport.footage().toString(),
                "--control-port", "0"));
        command.addAll(List.of(extra));
        Path log = Files.createDirectories(Path.of("target", "main-it")).resolve("simulator-" + processes.size() + ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        processes.add(process);
        return process;
    }

    /** The control URL from the READY line. */
    private static String awaitReady(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("READY control=")) {
                        return line.substring("READY control=".length());
                    }
                }
                return null;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String url = ready.get(20, TimeUnit.SECONDS);
        assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+");
        return url;
    }

    private HttpResponse<String> call(String method, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void readyStatusAlarmThenStopDeregistersAndExits() throws Exception {
        Process process = launch("--gb-version", "2022");
        String control = awaitReady(process);
        assertThat(registrar.registered).containsKey("34020000001320000001");

        HttpResponse<String> status = call("GET", control + "/status");
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"registered\":1", "\"deviceId\":\"34020000001320000001\"",
                "\"name\":\"东门口1号\"", "\"transport\":\"UDP\"");

        String description = URLEncoder.encode("区域入侵", StandardCharsets.UTF_8);
        HttpResponse<String> alarm = call("POST", control + "/alarm?device=34020000001310000001&priority=1&method=5&description="
                + description);
        assertThat(alarm.body()).isEqualTo("{\"sipStatus\":200}");
        assertThat(registrar.requests("MESSAGE", s -> s.body().contains("<AlarmDescription>区域入侵</AlarmDescription>")))
                .hasSize(1);
        assertThat(call("POST", control + "/alarm?device=34020000001399999999").statusCode()).isEqualTo(404);
        assertThat(call("POST", control + "/alarm?device=34020000001310000001&priority=9").body())
                .contains("priority must be 1..4, got 9");
        assertThat(call("GET", control + "/status?device=34020000001310000001&summary=true").body())
                .contains("\"alarmsSent\":1");

        assertThat(call("POST", control + "/stop").statusCode()).isEqualTo(202);
        assertThat(process.waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(registrar.deregistrations.get()).isEqualTo(1);
    }

    @Test
    void killLeavesThePlatformUninformedAndARestartComesBack() throws Exception {
        String control = awaitReady(launch());
        await(Duration.ofSeconds(5), () -> !registrar.requests("MESSAGE", s -> s.body().contains("Keepalive")).isEmpty(),
                "a keepalive");
        assertThat(call("POST", control + "/kill").statusCode()).isEqualTo(202);
        assertThat(processes.get(0).waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(registrar.deregistrations.get()).isZero();

        registrar.registered.clear();
        awaitReady(launch());
        assertThat(registrar.registered).containsKey("34020000001320000001");
    }

    @Test
    void badOptionsExitWithCode2AndSayWhy() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Path.of("target", "classes").toString(), "org.xueliang.simulator.Main",
                "--server", "127.0.0.1:5060", "--transport", "sctp").redirectErrorStream(true).start();
        processes.add(process);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("error: transport must be udp or tcp, got 'sctp'", "usage:");
    }
}
