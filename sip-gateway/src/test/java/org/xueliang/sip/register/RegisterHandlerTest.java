package org.xueliang.sip.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xueliang.sip.TestClock;
import org.xueliang.sip.device.DeviceAddress;
import org.xueliang.sip.device.TransportProtocol;
import org.xueliang.sip.message.GbVersion;

class RegisterHandlerTest {
    private static final String DEVICE = "34020000001320000001";
    private static final String OTHER = "34020000001320000002";
    private static final String URI = "sip:34020000002000000001@3402000000";
    private static final DeviceAddress SOURCE = new DeviceAddress("192.168.1.64", 5060, TransportProtocol.UDP);

    // 2024-05-01T00:00:00Z is 08:00 in Asia/Shanghai, the zone of the Date header.
    private final TestClock clock = new TestClock("2024-05-01T00:00:00Z");
    private final DigestAuth digest = new DigestAuth("3402000000", clock, new Random(3), Duration.ofMinutes(5), false);
    private final PasswordLookup passwords = ((PasswordLookup) id -> Optional.ofNullable(Map.of(OTHER, "own-pw").get(id)))
            .orElse("12345678");
    private final RegisterHandler handler = new RegisterHandler(digest, passwords, clock, 3600);

    @Test
    void firstRegisterIsChallengedWithTheDomainAsRealm() {
        RegisterDecision decision = handler.handle(request(DEVICE, 3600, null, null));

        assertThat(decision).isInstanceOf(RegisterDecision.Challenge.class);
        assertThat(decision.statusCode()).isEqualTo(401);
        assertThat(((RegisterDecision.Challenge) decision).wwwAuthenticate())
                .matches("Digest realm=\"3402000000\", nonce=\"[0-9a-f]{48}\", algorithm=MD5");
    }

    @Test
    void rightPasswordRegistersWithDateAndExpiry() {
        String authorization = answer(challenge(), DEVICE, "12345678", null);

        RegisterDecision decision = handler.handle(request(DEVICE, 3600, authorization, null));

        assertThat(decision).isEqualTo(new RegisterDecision.Registered(DEVICE, "call-1", 3600,
                Instant.parse("2024-05-01T01:00:00Z"), "2024-05-01T08:00:00.000", SOURCE, GbVersion.V2016));
        assertThat(decision.statusCode()).isEqualTo(200);
    }

    @Test
    void dateHeaderHasMilliseconds() {
        clock.advance(Duration.ofMillis(1234));
        RegisterDecision decision = handler.handle(request(DEVICE, 60, answer(challenge(), DEVICE, "12345678", null), null));

        assertThat(((RegisterDecision.Registered) decision).date()).isEqualTo("2024-05-01T08:00:01.234");
    }

    @Test
    void wrongPasswordIsForbiddenNotChallengedAgain() {
        RegisterDecision decision = handler.handle(request(DEVICE, 3600, answer(challenge(), DEVICE, "1234567", null), null));

        assertThat(decision).isEqualTo(new RegisterDecision.Forbidden("wrong password for device " + DEVICE));
        assertThat(decision.statusCode()).isEqualTo(403);
    }

    @Test
    void perDevicePasswordReplacesTheGlobalOne() {
        assertThat(handler.handle(request(OTHER, 3600, answer(challenge(), OTHER, "own-pw", null), null)))
                .isInstanceOf(RegisterDecision.Registered.class);
        assertThat(handler.handle(request(OTHER, 3600, answer(challenge(), OTHER, "12345678", null), null)))
                .isInstanceOf(RegisterDecision.Forbidden.class);
    }

    @Test
    void expiredNonceIsChallengedAgainAsStale() {
        String authorization = answer(challenge(), DEVICE, "12345678", null);
        clock.advance(Duration.ofMinutes(5).plusMillis(1));

        RegisterDecision decision = handler.handle(request(DEVICE, 3600, authorization, null));

        assertThat(decision).isInstanceOf(RegisterDecision.Challenge.class);
        assertThat(((RegisterDecision.Challenge) decision).wwwAuthenticate()).endsWith(", stale=TRUE");
        assertThat(((RegisterDecision.Challenge) decision).reason()).isEqualTo("nonce expired");
    }

    @Test
    void nonceFromElsewhereIsChallengedAgain() {
        String foreign = new DigestAuth("3402000000", clock, new Random(99), Duration.ofMinutes(5), false).challenge(false);

        RegisterDecision decision = handler.handle(request(DEVICE, 3600, answer(foreign, DEVICE, "12345678", null), null));

        assertThat(decision).isInstanceOf(RegisterDecision.Challenge.class);
        assertThat(((RegisterDecision.Challenge) decision).reason()).isEqualTo("nonce not issued by this platform");
    }

    @Test
    void expiresZeroDeregisters() {
        RegisterDecision decision = handler.handle(request(DEVICE, 0, answer(challenge(), DEVICE, "12345678", null), null));

        assertThat(decision).isEqualTo(new RegisterDecision.Unregistered(DEVICE, "2024-05-01T08:00:00.000", SOURCE));
    }

    @Test
    void deregistrationNeedsCredentialsToo() {
        assertThat(handler.handle(request(DEVICE, 0, null, null))).isInstanceOf(RegisterDecision.Challenge.class);
    }

    @Test
    void recognisesThe2022Edition() {
        String authorization = answer(challenge(), DEVICE, "12345678", null);

        assertThat(((RegisterDecision.Registered) handler.handle(request(DEVICE, 3600, authorization, "3.0"))).version())
                .isEqualTo(GbVersion.V2022);
        assertThat(((RegisterDecision.Registered) handler.handle(request(DEVICE, 3600, authorization, "2.0"))).version())
                .isEqualTo(GbVersion.V2016);
    }

    @Test
    void missingExpiresGetsTheDefault() {
        RegisterDecision decision = handler.handle(new RegisterRequest(DEVICE, "call-1", null,
                answer(challenge(), DEVICE, "12345678", null), null, SOURCE));

        assertThat(((RegisterDecision.Registered) decision).expires()).isEqualTo(3600);
    }

    @Test
    void qopAuthAnswerIsAccepted() {
        DigestAuth withQop = new DigestAuth("3402000000", clock, new Random(4), Duration.ofMinutes(5), true);
        RegisterHandler qopHandler = new RegisterHandler(withQop, PasswordLookup.global("12345678"), clock, 3600);
        String challenge = ((RegisterDecision.Challenge) qopHandler.handle(request(DEVICE, 3600, null, null)))
                .wwwAuthenticate();

        assertThat(qopHandler.handle(request(DEVICE, 3600, answer(challenge, DEVICE, "12345678", "0a4f113b"), null)))
                .isInstanceOf(RegisterDecision.Registered.class);
        assertThat(qopHandler.handle(request(DEVICE, 3600, answer(challenge, DEVICE, "wrong", "0a4f113b"), null)))
                .isInstanceOf(RegisterDecision.Forbidden.class);
    }

    @Test
    void credentialsOfAnotherDeviceOrRealmAreForbidden() {
        assertThat(handler.handle(request(OTHER, 3600, answer(challenge(), DEVICE, "12345678", null), null)))
                .isEqualTo(new RegisterDecision.Forbidden("username \"" + DEVICE + "\" does not match device ID " + OTHER));
        String otherRealm = challenge().replace("3402000000", "4401000000");
        assertThat(handler.handle(request(DEVICE, 3600, answer(otherRealm, DEVICE, "12345678", null), null)))
                .isEqualTo(new RegisterDecision.Forbidden(
                        "realm \"4401000000\" is not this platform's domain 3402000000"));
    }

    @Test
    void unreadableRequestsAreBadRequests() {
        assertThat(handler.handle(request(DEVICE, 3600, "Digest username", null)))
                .isEqualTo(new RegisterDecision.BadRequest(
                        "Authorization: expected name=value at position 8 of \"Digest username\""));
        assertThat(handler.handle(request(DEVICE, -1, null, null)).statusCode()).isEqualTo(400);
        assertThat(handler.handle(request("3402000000132", 3600, null, null))).isEqualTo(new RegisterDecision.Forbidden(
                "device GB28181 ID must be 20 digits, got 13 characters \"3402000000132\""));
    }

    private String challenge() {
        return ((RegisterDecision.Challenge) handler.handle(request(DEVICE, 3600, null, null))).wwwAuthenticate();
    }

    private static RegisterRequest request(String deviceId, int expires, String authorization, String gbVersion) {
        return new RegisterRequest(deviceId, "call-1", expires, authorization, gbVersion, SOURCE);
    }

    /** What a device sends back: computed here with the JDK's MD5, independently of DigestAuth. */
    private static String answer(String challenge, String user, String password, String cnonce) {
        String realm = param(challenge, "realm");
        String nonce = param(challenge, "nonce");
        String ha1 = md5(user + ":" + realm + ":" + password);
        String ha2 = md5("REGISTER:" + URI);
        String header = "Digest username=\"" + user + "\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\"" + URI
                + "\", algorithm=MD5";
        if (cnonce == null) {
            return header + ", response=\"" + md5(ha1 + ":" + nonce + ":" + ha2) + "\"";
        }
        String response = md5(ha1 + ":" + nonce + ":00000001:" + cnonce + ":auth:" + ha2);
        return header + ", qop=auth, nc=00000001, cnonce=\"" + cnonce + "\", response=\"" + response + "\"";
    }

    private static String param(String header, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(header);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + header);
        }
        return m.group(1);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
