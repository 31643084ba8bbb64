package org.xueliang.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** sipp, an independent SIP implementation, plays the registrar and checks the simulator's digest itself. */
class SippRegistrarIT {

    private Process sipp;
    private SimulatorFleet fleet;

    @AfterEach
    void stop() {
        if (fleet != null) {
            fleet.kill();
        }
        if (sipp != null) {
            sipp.destroyForcibly();
        }
    }

    private static Path scenario() throws URISyntaxException {
        return Path.of(SippRegistrarIT.class.getResource("sipp/registrar-digest.xml").toURI());
    }

    private static int freeUdpPort() throws Exception {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return probe.getLocalPort();
        }
    }

    private Process startSipp(int port) throws Exception {
        Path log = Files.createDirectories(Path.of("target", "sipp-it")).resolve("sipp-" + port + ".log");
        return new ProcessBuilder("sipp", "-sf", scenario().toString(), "-i", "127.0.0.1", "-p", String.valueOf(port),
                "-m", "1", "-timeout", "20s", "-nostdin").redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void sippAcceptsTheDigestOfTheRightPassword() throws Exception {
        int port = freeUdpPort();
        sipp = startSipp(port);
        fleet = new SimulatorFleet(FleetConfig.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                .localIp(InetAddress.getLoopbackAddress()).gbVersion(2022).retry(Duration.ofMillis(200), Duration.ofSeconds(1))
                .build());
        fleet.start();
        assertThat(fleet.awaitRegistered(Duration.ofSeconds(15))).isTrue();
        assertThat(sipp.waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(sipp.exitValue()).as("sipp exit code: 0 means its one call succeeded").isZero();
    }

    @Test
    void sippForbidsTheDigestOfAWrongPassword() throws Exception {
        int port = freeUdpPort();
        sipp = startSipp(port);
        fleet = new SimulatorFleet(FleetConfig.builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                .localIp(InetAddress.getLoopbackAddress()).password("wrong-one").retry(Duration.ofSeconds(30), Duration.ofSeconds(60))
                .build());
        fleet.start();
        assertThat(sipp.waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(sipp.exitValue()).as("sipp exit code: 1 means its call failed").isEqualTo(1);
        assertThat(fleet.device("34020000001320000001").orElseThrow().snapshot().lastError()).contains("403 Forbidden");
    }
}
