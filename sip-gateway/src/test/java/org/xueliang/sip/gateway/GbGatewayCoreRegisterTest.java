package org.xueliang.sip.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueliang.sip.device.DeviceAddress;
import org.xueliang.sip.device.DeviceState;
import org.xueliang.sip.device.TransportProtocol;
import org.xueliang.sip.message.GbVersion;

/** REGISTER, keepalive and the sweep through the core, without a SIP stack. */
class GbGatewayCoreRegisterTest {
    private static final String CAMERA = "34020000001320000001";
    private final CoreFixture fixture = new CoreFixture();
    private final GbGatewayCore core = fixture.core;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aDeviceIsChallengedThenRegisteredWithTheGbDateHeader() {
        SipReply challenge = core.handle(Requests.register(CAMERA, null, 3600));

        assertThat(challenge.status()).isEqualTo(401);
        assertThat(challenge.headers().get("WWW-Authenticate"))
                .startsWith("Digest realm=\"3402000000\", nonce=\"").endsWith("\", algorithm=MD5");
        assertThat(core.device(CAMERA)).isEmpty();

        SipReply ok = core.handle(Requests.register(CAMERA,
                CoreFixture.authorization(CAMERA, CoreFixture.nonce(challenge), CoreFixture.PASSWORD), 3600));

        assertThat(ok.status()).isEqualTo(200);
        // 02:00 UTC is 10:00 in the platform's zone (Asia/Shanghai), which devices set their clocks to
        assertThat(ok.headers()).containsEntry("Date", "2026-03-01T10:00:00.000").containsEntry("Expires", "3600")
                .containsEntry("Contact", "<sip:" + CAMERA + "@10.0.0.7:5060>");
        DeviceState device = core.device(CAMERA).orElseThrow();
        assertThat(device.online()).isTrue();
        assertThat(device.address()).isEqualTo(Requests.UDP_SOURCE);
        assertThat(device.version()).isEqualTo(GbVersion.V2016);
        assertThat(device.expiresAt()).isEqualTo(Instant.parse("2026-03-01T03:00:00Z"));
        assertThat(fixture.listener.registered).containsExactly(device);
    }

    @Test
    void aWrongPasswordIsForbiddenNotChallengedAgain() {
        SipReply challenge = core.handle(Requests.register(CAMERA, null, 3600));

        SipReply refused = core.handle(Requests.register(CAMERA,
                CoreFixture.authorization(CAMERA, CoreFixture.nonce(challenge), "87654321"), 3600));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.headers()).doesNotContainKey("WWW-Authenticate");
        assertThat(core.device(CAMERA)).isEmpty();
        assertThat(fixture.listener.registered).isEmpty();
    }

    @Test
    void aBrokenAuthorizationHeaderIsABadRequest() {
        SipReply reply = core.handle(Requests.register(CAMERA, "Digest username=\"" + CAMERA + "\", realm=", 3600));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(core.device(CAMERA)).isEmpty();
    }

    @Test
    void expiresZeroDeregistersAndTakesTheDeviceOffline() {
        fixture.register(CAMERA);
        SipReply challenge = core.handle(Requests.register(CAMERA, null, 0));

        SipReply bye = core.handle(Requests.register(CAMERA,
                CoreFixture.authorization(CAMERA, CoreFixture.nonce(challenge), CoreFixture.PASSWORD), 0));

        assertThat(bye.status()).isEqualTo(200);
        assertThat(bye.headers()).containsEntry("Expires", "0");
        assertThat(core.device(CAMERA).orElseThrow().online()).isFalse();
        assertThat(fixture.listener.offline).singleElement()
                .satisfies(event -> assertThat(event.reason()).isEqualTo("unregistered"));
    }

    @Test
    void keepalivesKeepADeviceOnlineAndFollowItsAddress() {
        fixture.register(CAMERA);
        DeviceAddress moved = new DeviceAddress("192.168.1.64", 40123, TransportProtocol.UDP);
        fixture.clock.advanceSeconds(60);

        SipReply reply = fixture.keepalive(CAMERA, moved);

        assertThat(reply.status()).isEqualTo(200);
        DeviceState device = core.device(CAMERA).orElseThrow();
        assertThat(device.lastKeepalive()).isEqualTo(Instant.parse("2026-03-01T02:01:00Z"));
        assertThat(device.address()).isEqualTo(moved);
        assertThat(fixture.listener.keepalives).containsExactly(device);
    }

    @Test
    void aSilentDeviceGoesOfflineAtTheSweepAndComesBackWithItsNextKeepalive() {
        fixture.register(CAMERA);
        fixture.clock.advanceSeconds(179);
        core.sweep();
        assertThat(fixture.listener.offline).isEmpty();

        fixture.clock.advanceSeconds(1);
        core.sweep();

        assertThat(core.device(CAMERA).orElseThrow().online()).isFalse();
        assertThat(fixture.listener.offline).singleElement().satisfies(event -> {
            assertThat(event.deviceId()).isEqualTo(CAMERA);
            assertThat(event.reason()).isEqualTo("missed 3 keepalives (60s interval)");
            assertThat(event.at()).isEqualTo(Instant.parse("2026-03-01T02:03:00Z"));
        });

        fixture.clock.advanceSeconds(30);
        assertThat(fixture.keepalive(CAMERA, Requests.UDP_SOURCE).status()).isEqualTo(200);

        assertThat(core.device(CAMERA).orElseThrow().online()).isTrue();
        assertThat(fixture.listener.back).singleElement().satisfies(event -> {
            assertThat(event.offlineReason()).isEqualTo("missed 3 keepalives (60s interval)");
            assertThat(event.at()).isEqualTo(Instant.parse("2026-03-01T02:03:30Z"));
        });
    }

    @Test
    void aKeepaliveFromAnUnregisteredDeviceIsRefusedSoThatItRegisters() {
        SipReply reply = fixture.keepalive(CAMERA, Requests.UDP_SOURCE);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(core.device(CAMERA)).isEmpty();
        assertThat(fixture.listener.keepalives).isEmpty();
    }

    @Test
    void otherMethodsAreNotAllowed() {
        SipRequest subscribe = new SipRequest("SUBSCRIBE", Requests.PLATFORM, CAMERA, Requests.PLATFORM, "c", 1,
                java.util.Map.of(), null, Requests.UDP_SOURCE);

        SipReply reply = core.handle(subscribe);

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.headers().get("Allow")).contains("REGISTER", "MESSAGE");
    }

    @Test
    void theSweepRunsEveryHalfKeepaliveWithinBounds() {
        assertThat(GbGatewayCore.sweepInterval(java.time.Duration.ofSeconds(60))).hasSeconds(5);
        assertThat(GbGatewayCore.sweepInterval(java.time.Duration.ofSeconds(1))).hasMillis(500);
        assertThat(GbGatewayCore.sweepInterval(java.time.Duration.ofMillis(50))).hasMillis(100);
    }
}
