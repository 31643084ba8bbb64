package org.xueliang.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueliang.simulator.ItSupport.await;

import java.net.InetAddress;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Load mode: thousands of UDP devices on a few sockets and threads, each registration with its 401 round trip. */
class FleetLoadIT {

    private static final int DEVICES = Integer.getInteger("xl.sim.load.devices", 3000);
    private FakeRegistrar registrar;
    private SimulatorFleet fleet;

    @BeforeEach
    void start() throws Exception {
        registrar = new FakeRegistrar("12345678");
    }

    @AfterEach
    void stop() throws Exception {
        if (fleet != null) {
            fleet.kill();
        }
        registrar.close();
    }

    @Test
    void thousandsOfDevicesRegisterOnAFewThreadsAndStayAlive() throws Exception {
        int threadsBefore = Thread.activeCount();
        fleet = new SimulatorFleet(FleetConfig.builder(registrar.address()).localIp(InetAddress.getLoopbackAddress())
                .devices(DEVICES).firstDeviceId("34020000001180000001").udpSockets(4)
                .keepaliveInterval(Duration.ofSeconds(2)).build());
        long started = System.nanoTime();
        fleet.start();
        assertThat(fleet.awaitRegistered(Duration.ofSeconds(60))).isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("load: %d devices registered in %.2f s, %.0f registrations/s (fleet's own measure)%n",
                DEVICES, seconds, fleet.registrationsPerSecond());

        assertThat(registrar.registered).hasSize(DEVICES);
        assertThat(registrar.challenges.get()).isGreaterThanOrEqualTo(DEVICES);
        assertThat(fleet.registrationsPerSecond()).isPositive();
        // 4 UDP receivers, 2 timers and the pool threads that start devices: nothing per device
        assertThat(Thread.activeCount() - threadsBefore).isLessThan(20);

        await(Duration.ofSeconds(10), () -> fleet.keepalivesAnswered() >= DEVICES, "a keepalive round from every device");
        assertThat(fleet.registeredCount()).isEqualTo(DEVICES);
    }
}
