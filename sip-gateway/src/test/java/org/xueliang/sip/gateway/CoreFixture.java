package org.xueliang.sip.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xueliang.sip.TestClock;
import org.xueliang.sip.device.DeviceAddress;
import org.xueliang.sip.device.KeepalivePolicy;
import org.xueliang.sip.register.DigestAuth;
import org.xueliang.sip.register.PasswordLookup;

/** A gateway core with a fake client, a hand-moved clock and a recording listener. */
final class CoreFixture implements AutoCloseable {
    static final String DOMAIN = "3402000000";
    static final String PASSWORD = "12345678";
    static final Duration REQUEST_TIMEOUT = Duration.ofMillis(300);
    private static final Pattern NONCE = Pattern.compile("nonce=\"([0-9a-f]+)\"");

    final TestClock clock = new TestClock("2026-03-01T02:00:00Z");
    final FakeSipClient client = new FakeSipClient();
    final RecordingListener listener = new RecordingListener();
    final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    final GbGatewayCore core;

    CoreFixture() {
        GbGatewaySettings settings = GbGatewaySettings.defaults(Requests.PLATFORM, DOMAIN,
                        PasswordLookup.global(PASSWORD))
                .withKeepalive(new KeepalivePolicy(Duration.ofSeconds(60), 3))
                .withRequestTimeout(REQUEST_TIMEOUT);
        core = new GbGatewayCore(settings, client, listener, scheduler, clock);
    }

    /** The nonce of a 401's challenge. */
    static String nonce(SipReply challenge) {
        Matcher matcher = NONCE.matcher(challenge.headers().get("WWW-Authenticate"));
        assertThat(matcher.find()).as("a nonce in %s", challenge.headers()).isTrue();
        return matcher.group(1);
    }

    /** An Authorization value computed as RFC 2617 says, without qop. */
    static String authorization(String deviceId, String nonce, String password) {
        String uri = "sip:" + Requests.PLATFORM + "@" + DOMAIN;
        String ha1 = DigestAuth.md5Hex(deviceId + ":" + DOMAIN + ":" + password);
        String ha2 = DigestAuth.md5Hex("REGISTER:" + uri);
        String response = DigestAuth.md5Hex(ha1 + ":" + nonce + ":" + ha2);
        return "Digest username=\"" + deviceId + "\", realm=\"" + DOMAIN + "\", nonce=\"" + nonce + "\", uri=\""
                + uri + "\", response=\"" + response + "\", algorithm=MD5";
    }

    /** Registers a device the way devices do: unauthenticated, challenged, then with credentials. */
    SipReply register(String deviceId) {
        SipReply challenge = core.handle(Requests.register(deviceId, null, 3600));
        assertThat(challenge.status()).isEqualTo(401);
        return core.handle(Requests.register(deviceId, authorization(deviceId, nonce(challenge), PASSWORD), 3600));
    }

    SipReply keepalive(String deviceId, DeviceAddress from) {
        return core.handle(Requests.keepalive(deviceId, from));
    }

    @Override
    public void close() {
        core.close();
        scheduler.shutdownNow();
    }
}
