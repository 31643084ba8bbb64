package org.xueliang.sip.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestCredentialsTest {

    @Test
    void parsesQuotedAndTokenValuesInAnyOrder() {
        DigestCredentials c = DigestCredentials.parse("Digest username=\"34020000001320000001\",realm=\"3402000000\", "
                + "nonce=\"abc\\\"d\", uri=\"sip:34020000002000000001@3402000000\", response=\"0123456789abcdef0123456789abcdef\", "
                + "algorithm=MD5, QOP=auth, nc=00000001, cnonce=\"x,y\", opaque=\"\"");

        assertThat(c).isEqualTo(new DigestCredentials("34020000001320000001", "3402000000", "abc\"d",
                "sip:34020000002000000001@3402000000", "0123456789abcdef0123456789abcdef", "MD5", "auth", "00000001",
                "x,y", ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Basic dXNlcjpwYXNz                                              | Authorization: scheme must be Digest, got \"Basic\"",
        "Digest realm=\"r\", nonce=\"n\", uri=\"u\", response=\"r\"      | Authorization: username is missing",
        "Digest username=\"a\", realm=\"r\", uri=\"u\", response=\"r\"   | Authorization: nonce is missing",
        "Digest username=\"a\", realm=\"r\", nonce=\"n\", uri=\"u\", response=\"r\", algorithm=SHA-256 | Authorization: algorithm must be MD5, got \"SHA-256\"",
        "Digest username=\"a\", realm=\"r\", nonce=\"n\", uri=\"u\", response=\"r\", qop=auth-int, nc=1, cnonce=c | Authorization: qop must be auth, got \"auth-int\"",
        "Digest username=\"a\", realm=\"r\", nonce=\"n\", uri=\"u\", response=\"r\", qop=auth | Authorization: qop=auth needs nc and cnonce, got nc=null, cnonce=null",
        "Digest username=\"a, realm=r                                    | Authorization: unterminated quoted value of username",
        "Digest username                                                 | Authorization: expected name=value at position 8 of \"Digest username\"",
    })
    void refusesWithExactMessage(String header, String message) {
        assertThatThrownBy(() -> DigestCredentials.parse(header)).isInstanceOf(DigestParseException.class)
                .hasMessage(message);
    }

    @Test
    void toStringLeavesTheResponseOut() {
        DigestCredentials c = new DigestCredentials("a", "r", "n", "u", "0123456789abcdef0123456789abcdef", null, null,
                null, null, null);

        assertThat(c.toString()).doesNotContain("0123456789abcdef");
    }

    @Test
    void mutatedHeadersOnlyEverFailAsDigestParseException() {
        String seed = "Digest username=\"34020000001320000001\", realm=\"3402000000\", nonce=\"abc\", "
                + "uri=\"sip:34020000002000000001@3402000000\", response=\"0123456789abcdef0123456789abcdef\", "
                + "algorithm=MD5, qop=auth, nc=00000001, cnonce=\"x\"";
        String alphabet = "=\",\\ Digestqopnc";
        java.util.Random random = new java.util.Random(2617);
        for (int i = 0; i < 3000; i++) {
            StringBuilder header = new StringBuilder(seed);
            for (int e = 1 + random.nextInt(3); e > 0 && header.length() > 0; e--) {
                int at = random.nextInt(header.length());
                if (random.nextBoolean()) {
                    header.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                } else {
                    header.deleteCharAt(at);
                }
            }
            try {
                DigestCredentials.parse(header.toString());
            } catch (DigestParseException e) {
                assertThat(e.getMessage()).startsWith("Authorization: ");
            }
        }
    }
}
