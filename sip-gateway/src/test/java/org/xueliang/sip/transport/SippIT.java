package org.xueliang.sip.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueliang.sip.alarm.DeviceAlarm;
import org.xueliang.sip.catalog.Catalog;
import org.xueliang.sip.device.DeviceState;
import org.xueliang.sip.device.TransportProtocol;
import org.xueliang.sip.gateway.GbGatewayCore;
import org.xueliang.sip.gateway.GbGatewaySettings;
import org.xueliang.sip.gateway.RecordingListener;
import org.xueliang.sip.register.PasswordLookup;

/**
 * The sipp scenarios of {@code samples/sipp} played by sipp, a real SIP peer, against the gateway
 * on a random port, over UDP and over TCP: each must end with exit code 0, and the gateway must
 * have seen what the scenario did.
 */
class SippIT {
    private static final String PLATFORM_ID = "34020000002000000001";
    private static final String DOMAIN = "3402000000";
    private static final String PASSWORD = "12345678";

    @TempDir
    Path tmp;

    private final RecordingListener listener = new RecordingListener();
    private ScheduledExecutorService scheduler;
    private JainSipTransport transport;
    private GbGatewayCore core;

    @BeforeEach
    void startGateway() throws IOException {
        scheduler = new ScheduledThreadPoolExecutor(1);
        transport = new JainSipTransport(new JainSipSettings("127.0.0.1", freePort(), PLATFORM_ID, DOMAIN, 2));
        core = new GbGatewayCore(GbGatewaySettings.defaults(PLATFORM_ID, DOMAIN, PasswordLookup.global(PASSWORD)),
                transport, listener, scheduler, Clock.systemDefaultZone());
        transport.start(core);
        core.start();
    }

    @AfterEach
    void stopGateway() {
        core.close();
        transport.close();
        scheduler.shutdownNow();
    }

    @ParameterizedTest
    @CsvSource({"u1, UDP, 34020000001320000001", "t1, TCP, 34020000001320000002"})
    void aDeviceRegistersKeepsAliveRaisesAnAlarmAndAnswersTheCatalog(String mode, TransportProtocol protocol,
                                                                     String deviceId) throws Exception {
        String channelId = deviceId.substring(0, 10) + "131" + deviceId.substring(13);
        Sipp sipp = new Sipp(tmp.resolve(mode), mode, freePort(), transport.port(), Map.of("device_id", deviceId,
                "domain", DOMAIN, "platform_id", PLATFORM_ID, "password", PASSWORD, "channel_id", channelId));
        Sipp wrong = new Sipp(tmp.resolve(mode + "-wrong"), mode, freePort(), transport.port(), Map.of("device_id",
                deviceId, "domain", DOMAIN, "platform_id", PLATFORM_ID, "password", "not-" + PASSWORD));

        assertThat(wrong.run("register-wrong-password.xml")).as(wrong.report("register-wrong")).isZero();
        assertThat(core.device(deviceId)).isEmpty();

        assertThat(sipp.run("register.xml")).as(sipp.report("register")).isZero();
        DeviceState device = core.device(deviceId).orElseThrow();
        assertThat(device.online()).isTrue();
        assertThat(device.address().transport()).isEqualTo(protocol);
        assertThat(device.address().host()).isEqualTo("127.0.0.1");
        assertThat(listener.registered).extracting(DeviceState::deviceId).containsExactly(deviceId);

        assertThat(sipp.run("keepalive.xml")).as(sipp.report("keepalive")).isZero();
        assertThat(core.device(deviceId).orElseThrow().lastKeepalive()).isNotNull();
        assertThat(listener.keepalives).hasSize(1);

        assertThat(sipp.run("alarm.xml", "platform-response.xml")).as(sipp.report("alarm")).isZero();
        assertThat(sipp.messages("alarm.xml")).as("the platform's Alarm response reached the device")
                .contains("<CmdType>Alarm</CmdType>", "<Result>OK</Result>");
        assertThat(listener.alarms).singleElement().satisfies(alarm -> {
            assertThat(alarm.deviceId()).isEqualTo(deviceId);
            assertThat(alarm.priority()).isEqualTo(1);
            assertThat(alarm.method()).isEqualTo("video");
            assertThat(alarm.description()).isEqualTo("sipp video alarm");
        });

        // over TCP the gateway reaches sipp only through the connection of this run, which the keepalive announces
        Process catalog = sipp.start("keepalive-and-wait.xml", "catalog-response.xml");
        awaitTrue(() -> listener.keepalives.size() == 2 || !catalog.isAlive(), () -> sipp.report("keepalive-and"));
        core.refreshCatalog(deviceId).get(10, TimeUnit.SECONDS);
        awaitTrue(() -> !listener.catalogs.isEmpty(), () -> sipp.report("keepalive-and"));
        assertThat(sipp.await(catalog, "keepalive-and-wait.xml")).as(sipp.report("keepalive-and")).isZero();
        Catalog answer = listener.catalogs.get(0);
        assertThat(answer.deviceId()).isEqualTo(deviceId);
        assertThat(answer.items()).extracting(item -> item.deviceId()).containsExactly(deviceId, channelId);
        assertThat(answer.items()).extracting(item -> item.name()).containsExactly("East gate", "East gate, second view");
    }

    private static void awaitTrue(BooleanSupplier condition, Supplier<String> explanation)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 15 s: " + explanation.get());
            }
            Thread.sleep(50);
        }
    }

    /** A port free for both UDP and TCP on the loopback address. */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = tcp.getLocalPort();
                try (DatagramSocket udp = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
                    return port;
                } catch (IOException e) {
                    // taken for UDP: try another
                }
            }
        }
        throw new IOException("no port free for both UDP and TCP");
    }
}
