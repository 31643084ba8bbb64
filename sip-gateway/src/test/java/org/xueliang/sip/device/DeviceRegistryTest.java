package org.xueliang.sip.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.xueliang.sip.TestClock;
import org.xueliang.sip.message.GbVersion;

class DeviceRegistryTest {
    private static final String CAMERA = "34020000001320000001";
    private static final DeviceAddress HOME = new DeviceAddress("10.0.0.5", 5060, TransportProtocol.UDP);
    private static final DeviceAddress MOVED = new DeviceAddress("10.0.0.9", 40123, TransportProtocol.UDP);

    private final TestClock clock = new TestClock("2024-05-01T00:00:00Z");
    private final DeviceRegistry registry = new DeviceRegistry(clock, KeepalivePolicy.defaults());

    private Instant in(long seconds) {
        return clock.instant().plusSeconds(seconds);
    }

    @Test
    void offlineAfterThreeMissedKeepalivesNotBefore() {
        Instant registeredAt = clock.instant();
        registry.register(CAMERA, HOME, in(3600), GbVersion.V2016);

        clock.advance(Duration.ofSeconds(180).minusMillis(1));
        assertThat(registry.sweep()).isEmpty();
        clock.advance(Duration.ofMillis(1));

        assertThat(registry.sweep()).containsExactly(new DeviceWentOffline(CAMERA, clock.instant(),
                "missed 3 keepalives (60s interval)", registeredAt));
        assertThat(registry.find(CAMERA).orElseThrow().online()).isFalse();
        assertThat(registry.find(CAMERA).orElseThrow().registered()).isTrue();
        assertThat(registry.sweep()).as("only once").isEmpty();
    }

    @Test
    void keepalivesKeepTheDeviceOnline() {
        registry.register(CAMERA, HOME, in(3600), GbVersion.V2016);
        for (int i = 0; i < 10; i++) {
            clock.advanceSeconds(60);
            assertThat(registry.keepalive(CAMERA, HOME)).isEqualTo(new KeepaliveResult(true, List.of()));
            assertThat(registry.sweep()).isEmpty();
        }
        assertThat(registry.find(CAMERA).orElseThrow().lastKeepalive()).isEqualTo(clock.instant());
        assertThat(registry.onlineCount()).isEqualTo(1);
    }

    @Test
    void backOnKeepaliveAfterGoingOffline() {
        registry.register(CAMERA, HOME, in(3600), GbVersion.V2016);
        clock.advanceSeconds(200);
        registry.sweep();
        clock.advanceSeconds(5);

        KeepaliveResult result = registry.keepalive(CAMERA, HOME);

        assertThat(result).isEqualTo(new KeepaliveResult(true, List.of(new DeviceCameBack(CAMERA, clock.instant(), HOME,
                "missed 3 keepalives (60s interval)"))));
        DeviceState state = registry.find(CAMERA).orElseThrow();
        assertThat(state.online()).isTrue();
        assertThat(state.offlineReason()).isNull();
    }

    @Test
    void followsAChangeOfAddressAndPort() {
        registry.register(CAMERA, HOME, in(3600), GbVersion.V2016);
        clock.advanceSeconds(60);

        KeepaliveResult result = registry.keepalive(CAMERA, MOVED);

        assertThat(result.events()).containsExactly(new DeviceAddressChanged(CAMERA, clock.instant(), HOME, MOVED));
        assertThat(registry.find(CAMERA).orElseThrow().address()).isEqualTo(MOVED);
        DeviceAddress overTcp = new DeviceAddress("10.0.0.9", 40123, TransportProtocol.TCP);
        assertThat(registry.register(CAMERA, overTcp, in(3600), GbVersion.V2022))
                .containsExactly(new DeviceAddressChanged(CAMERA, clock.instant(), MOVED, overTcp));
        assertThat(registry.find(CAMERA).orElseThrow().version()).isEqualTo(GbVersion.V2022);
    }

    @Test
    void registrationExpiryTakesTheDeviceOfflineEvenWithKeepalives() {
        registry.register(CAMERA, HOME, in(150), GbVersion.V2016);
        clock.advanceSeconds(60);
        registry.keepalive(CAMERA, HOME);
        clock.advanceSeconds(60);
        registry.keepalive(CAMERA, HOME);
        clock.advanceSeconds(30);

        assertThat(registry.sweep()).containsExactly(new DeviceWentOffline(CAMERA, clock.instant(),
                "registration expired", in(-30)));
        assertThat(registry.keepalive(CAMERA, HOME)).as("must register again")
                .isEqualTo(new KeepaliveResult(false, List.of()));

        clock.advanceSeconds(10);
        assertThat(registry.register(CAMERA, HOME, in(3600), GbVersion.V2016))
                .containsExactly(new DeviceCameBack(CAMERA, clock.instant(), HOME, "registration expired"));
    }

    @Test
    void refreshExtendsTheRegistration() {
        registry.register(CAMERA, HOME, in(100), GbVersion.V2016);
        clock.advanceSeconds(50);
        registry.register(CAMERA, HOME, in(100), GbVersion.V2016);
        clock.advanceSeconds(90);

        assertThat(registry.sweep()).isEmpty();
        assertThat(registry.find(CAMERA).orElseThrow().expiresAt()).isEqualTo(in(10));
    }

    @Test
    void unregisterGoesOfflineAndKeepalivesNoLongerCount() {
        registry.register(CAMERA, HOME, in(3600), GbVersion.V2016);
        clock.advanceSeconds(10);

        assertThat(registry.unregister(CAMERA))
                .containsExactly(new DeviceWentOffline(CAMERA, clock.instant(), "unregistered", in(-10)));
        assertThat(registry.keepalive(CAMERA, HOME).registered()).isFalse();
        assertThat(registry.unregister(CAMERA)).isEmpty();
    }

    @Test
    void unknownDeviceIsToldToRegister() {
        assertThat(registry.keepalive(CAMERA, HOME)).isEqualTo(new KeepaliveResult(false, List.of()));
        assertThat(registry.find(CAMERA)).isEmpty();
    }

    @Test
    void offlineDeviceLosesItsRegistrationQuietlyWhenItRunsOut() {
        registry.register(CAMERA, HOME, in(400), GbVersion.V2016);
        clock.advanceSeconds(180);
        assertThat(registry.sweep()).hasSize(1);
        clock.advanceSeconds(220);

        assertThat(registry.sweep()).isEmpty();
        DeviceState state = registry.find(CAMERA).orElseThrow();
        assertThat(state.registered()).isFalse();
        assertThat(state.offlineReason()).isEqualTo("missed 3 keepalives (60s interval)");
        assertThat(registry.keepalive(CAMERA, HOME).registered()).isFalse();
    }

    @Test
    void configurableIntervalAndCount() {
        DeviceRegistry fast = new DeviceRegistry(clock, new KeepalivePolicy(Duration.ofSeconds(30), 2));
        fast.register(CAMERA, HOME, in(3600), GbVersion.V2016);
        clock.advanceSeconds(59);
        assertThat(fast.sweep()).isEmpty();
        clock.advanceSeconds(1);

        assertThat(fast.sweep()).extracting(e -> ((DeviceWentOffline) e).reason())
                .containsExactly("missed 2 keepalives (30s interval)");
        assertThat(new KeepalivePolicy(Duration.ofMillis(1500), 1).missedReason())
                .isEqualTo("missed 1 keepalive (1500ms interval)");
    }

    @Test
    void sweepsTenThousandDevicesOnlyTakingSilentOnesOffline() {
        for (int i = 0; i < 10_000; i++) {
            registry.register(id(i), HOME, in(3600), GbVersion.V2016);
        }
        clock.advanceSeconds(120);
        for (int i = 0; i < 10_000; i += 2) {
            registry.keepalive(id(i), HOME);
        }
        clock.advanceSeconds(60);

        List<DeviceEvent> events = registry.sweep();

        assertThat(events).hasSize(5_000).allMatch(e -> Integer.parseInt(e.deviceId().substring(14)) % 2 == 1);
        assertThat(registry.onlineCount()).isEqualTo(5_000);
        assertThat(registry.sweep()).isEmpty();
    }

    @Test
    void concurrentKeepalivesAndSweepsLoseNoDevice() throws Exception {
        for (int i = 0; i < 2_000; i++) {
            registry.register(id(i), HOME, in(3600), GbVersion.V2016);
        }
        clock.advanceSeconds(179);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<DeviceEvent>>> sweeps = new ArrayList<>();
            List<Future<?>> keepalives = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int offset = t;
                keepalives.add(pool.submit(() -> {
                    for (int i = offset; i < 2_000; i += 2) {
                        registry.keepalive(id(i), MOVED);
                    }
                }));
                sweeps.add(pool.submit(() -> registry.sweep(clock.instant())));
            }
            for (Future<?> f : keepalives) {
                f.get();
            }
            for (Future<List<DeviceEvent>> f : sweeps) {
                assertThat(f.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(registry.devices()).hasSize(2_000).allMatch(s -> s.online() && s.address().equals(MOVED));
    }

    private static String id(int i) {
        return String.format("340200000013200%05d", i);
    }
}
