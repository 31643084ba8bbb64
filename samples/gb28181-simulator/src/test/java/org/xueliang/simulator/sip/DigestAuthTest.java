package org.xueliang.simulator.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DigestAuthTest {

    private static final String URI = "sip:34020000002000000001@3402000000";

    /*
     * Expected responses computed outside Java with coreutils:
     *   m(){ printf '%s' "$1" | md5sum | cut -d' ' -f1; }
     *   HA1=$(m "34020000001320000001:3402000000:12345678")          # 8258341d7dd730ce4d3b8fd2db050320
     *   HA2=$(m "REGISTER:sip:34020000002000000001@3402000000")      # 95fced343cf76247d3e2102931f17507
     *   m "$HA1:9bd055a4d4a1e8f7:$HA2"                               # no qop
     *   m "$HA1:9bd055a4d4a1e8f7:00000001:0a4f113b:auth:$HA2"        # qop=auth, nc=1
     * The last row is the worked example of RFC 2617 section 3.5.
     */
    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of(new DigestChallenge("3402000000", "9bd055a4d4a1e8f7", "MD5", List.of(), Optional.empty()),
                        "34020000001320000001", "12345678", "REGISTER", URI, "89b621f14cc9c048827c8498ad12125f"),
                Arguments.of(new DigestChallenge("3402000000", "9bd055a4d4a1e8f7", "MD5", List.of("auth"), Optional.empty()),
                        "34020000001320000001", "12345678", "REGISTER", URI, "1e179ddd14ffd80b0705004413bbc5b9"),
                Arguments.of(new DigestChallenge("testrealm@host.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093", "MD5",
                                List.of("auth", "auth-int"), Optional.of("5ccc069c403ebaf9f0171e9517f40e41")),
                        "Mufasa", "Circle Of Life", "GET", "/dir/index.html", "6629fae49393a05397450978507c4ef1"));
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void responseMatchesIndependentlyComputedVector(DigestChallenge challenge, String user, String password,
                                                    String method, String uri, String expected) {
        assertThat(DigestAuth.response(challenge, user, password, method, uri, 1, "0a4f113b")).isEqualTo(expected);
    }

    @Test
    void authorizationHeaderCarriesQopFieldsOnlyWhenOffered() {
        DigestChallenge plain = DigestChallenge.parse("Digest realm=\"3402000000\", nonce=\"9bd055a4d4a1e8f7\", algorithm=MD5");
        String header = DigestAuth.authorization(plain, "34020000001320000001", "12345678", "REGISTER", URI, 1, "x");
        assertThat(header).isEqualTo("Digest username=\"34020000001320000001\", realm=\"3402000000\", "
                + "nonce=\"9bd055a4d4a1e8f7\", uri=\"" + URI + "\", response=\"89b621f14cc9c048827c8498ad12125f\", "
                + "algorithm=MD5");

        DigestChallenge qop = DigestChallenge.parse(
                "Digest realm=\"3402000000\",nonce=\"9bd055a4d4a1e8f7\",qop=\"auth,auth-int\",opaque=\"op1\"");
        String withQop = DigestAuth.authorization(qop, "34020000001320000001", "12345678", "REGISTER", URI, 1, "0a4f113b");
        assertThat(withQop).contains("response=\"1e179ddd14ffd80b0705004413bbc5b9\"", "qop=auth", "nc=00000001",
                "cnonce=\"0a4f113b\"", "opaque=\"op1\"");
    }

    @Test
    void nonceCountIsEightHexDigits() {
        assertThat(DigestAuth.nc(1)).isEqualTo("00000001");
        assertThat(DigestAuth.nc(255)).isEqualTo("000000ff");
    }

    static Stream<Arguments> challenges() {
        return Stream.of(
                Arguments.of("Digest realm=\"3402000000\", nonce=\"abc\"", "3402000000", "abc", List.of()),
                Arguments.of("digest realm=\"r\",nonce=\"n,with,commas\",algorithm=md5,qop=\"auth\"", "r", "n,with,commas",
                        List.of("auth")),
                Arguments.of("Digest nonce=\"n\", realm=r2, qop=\"auth-int, auth\"", "r2", "n", List.of("auth-int", "auth")));
    }

    @ParameterizedTest
    @MethodSource("challenges")
    void parsesChallenges(String header, String realm, String nonce, List<String> qop) {
        DigestChallenge challenge = DigestChallenge.parse(header);
        assertThat(challenge.realm()).isEqualTo(realm);
        assertThat(challenge.nonce()).isEqualTo(nonce);
        assertThat(challenge.qop()).isEqualTo(qop);
    }

    @Test
    void refusesOtherSchemesAndAlgorithmsAndMissingNonce() {
        assertThatThrownBy(() -> DigestChallenge.parse("Basic realm=\"x\""))
                .isInstanceOf(SipProtocolException.class).hasMessageContaining("must be Digest, got 'Basic'");
        assertThatThrownBy(() -> DigestChallenge.parse("Digest realm=\"x\", nonce=\"n\", algorithm=SHA-256"))
                .hasMessageContaining("must be MD5, got 'SHA-256'");
        assertThatThrownBy(() -> DigestChallenge.parse("Digest realm=\"x\""))
                .hasMessageContaining("has no nonce");
    }
}
