package org.xueliang.sip.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueliang.sip.TestClock;

class DigestAuthTest {
    private final TestClock clock = new TestClock("2024-05-01T00:00:00Z");
    private final DigestAuth auth = new DigestAuth("3402000000", clock, new Random(7), Duration.ofMinutes(5), false);

    @Test
    void rfc2617Section35ExampleWithQopAuth() {
        // HA1 = printf 'Mufasa:testrealm@host.com:Circle Of Life' | md5sum -> 939e7578ed9e3c518a452acee763bce9
        // HA2 = printf 'GET:/dir/index.html' | md5sum                      -> 39aff3a2bab6126f332b942af96d3366
        // printf '<HA1>:dcd98b7102dd2f0e8b11d0f600bfb0c093:00000001:0a4f113b:auth:<HA2>' | md5sum
        //   -> 6629fae49393a05397450978507c4ef1 (the value printed in RFC 2617)
        DigestCredentials c = new DigestCredentials("Mufasa", "testrealm@host.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093",
                "/dir/index.html", "6629fae49393a05397450978507c4ef1", null, "auth", "00000001", "0a4f113b",
                "5ccc069c403ebaf9f0171e9517f40e41");

        assertThat(DigestAuth.md5Hex("Mufasa:testrealm@host.com:Circle Of Life"))
                .isEqualTo("939e7578ed9e3c518a452acee763bce9");
        assertThat(DigestAuth.expectedResponse(c, "GET", "Circle Of Life")).isEqualTo("6629fae49393a05397450978507c4ef1");
        assertThat(auth.responseMatches(c, "GET", "Circle Of Life")).isTrue();
        assertThat(auth.responseMatches(c, "GET", "Circle of Life")).isFalse();
        assertThat(auth.responseMatches(c, "POST", "Circle Of Life")).isFalse();
    }

    @Test
    void rfc2617ExampleWithoutQop() {
        // printf '939e7578ed9e3c518a452acee763bce9:dcd98b7102dd2f0e8b11d0f600bfb0c093:39aff3a2bab6126f332b942af96d3366' | md5sum
        //   -> 670fd8c2df070c60b045671b8b24ff02
        DigestCredentials c = new DigestCredentials("Mufasa", "testrealm@host.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093",
                "/dir/index.html", "670FD8C2DF070C60B045671B8B24FF02", null, null, null, null, null);

        assertThat(DigestAuth.expectedResponse(c, "GET", "Circle Of Life")).isEqualTo("670fd8c2df070c60b045671b8b24ff02");
        assertThat(auth.responseMatches(c, "GET", "Circle Of Life")).as("upper-case hex accepted").isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        // HA1 = printf '34020000001320000001:3402000000:12345678' | md5sum -> 8258341d7dd730ce4d3b8fd2db050320
        // HA2 = printf 'REGISTER:sip:34020000002000000001@3402000000' | md5sum -> 95fced343cf76247d3e2102931f17507
        // printf '<HA1>:6fe9d1a2b3c4d5e6:<HA2>' | md5sum
        "        ,         ,         , 411e5ae81289149e1e5b1e136a3999bd",
        // printf '<HA1>:6fe9d1a2b3c4d5e6:00000001:0a4f113b:auth:<HA2>' | md5sum
        "auth    , 00000001, 0a4f113b, 4b45a1e0963fefe16bf2f9443449e6da",
    })
    void gb28181RegisterVectors(String qop, String nc, String cnonce, String response) {
        DigestCredentials c = new DigestCredentials("34020000001320000001", "3402000000", "6fe9d1a2b3c4d5e6",
                "sip:34020000002000000001@3402000000", response, "MD5", qop, nc, cnonce, null);

        assertThat(DigestAuth.expectedResponse(c, "REGISTER", "12345678")).isEqualTo(response);
    }

    @Test
    void challengeNamesRealmNonceAndAlgorithm() {
        assertThat(auth.challenge(false))
                .matches("Digest realm=\"3402000000\", nonce=\"[0-9a-f]{48}\", algorithm=MD5");
        assertThat(new DigestAuth("3402000000", clock, new Random(1), Duration.ofMinutes(5), true).challenge(true))
                .matches("Digest realm=\"3402000000\", nonce=\"[0-9a-f]{48}\", algorithm=MD5, qop=\"auth\", stale=TRUE");
    }

    @Test
    void noncesAreUniqueAndValidUntilTheyExpire() {
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            nonces.add(auth.newNonce());
        }
        assertThat(nonces).hasSize(1000);

        String nonce = auth.newNonce();
        assertThat(auth.checkNonce(nonce)).isEqualTo(NonceStatus.VALID);
        clock.advance(Duration.ofMinutes(5));
        assertThat(auth.checkNonce(nonce)).isEqualTo(NonceStatus.VALID);
        clock.advance(Duration.ofMillis(1));
        assertThat(auth.checkNonce(nonce)).isEqualTo(NonceStatus.EXPIRED);
    }

    @Test
    void foreignForgedAndGarbledNoncesAreUnknown() {
        String nonce = auth.newNonce();
        DigestAuth otherProcess = new DigestAuth("3402000000", clock, new Random(8), Duration.ofMinutes(5), false);
        char last = nonce.charAt(nonce.length() - 1);
        String tampered = nonce.substring(0, nonce.length() - 1) + (last == '0' ? '1' : '0');
        // Moving the issue time (byte 5 of the big-endian milliseconds) without the key cannot make a nonce live longer.
        String backdated = nonce.substring(0, 10) + (nonce.charAt(10) == 'f' ? 'e' : 'f') + nonce.substring(11);

        assertThat(otherProcess.checkNonce(nonce)).isEqualTo(NonceStatus.UNKNOWN);
        assertThat(auth.checkNonce(tampered)).isEqualTo(NonceStatus.UNKNOWN);
        assertThat(auth.checkNonce(backdated)).isEqualTo(NonceStatus.UNKNOWN);
        assertThat(auth.checkNonce("not-hex")).isEqualTo(NonceStatus.UNKNOWN);
        assertThat(auth.checkNonce("abcd")).isEqualTo(NonceStatus.UNKNOWN);
    }

    @Test
    void refusesANonPositiveNonceLifetime() {
        assertThatThrownBy(() -> new DigestAuth("3402000000", clock, new Random(), Duration.ZERO, false))
                .hasMessage("nonce lifetime must be greater than zero, got PT0S");
    }
}
