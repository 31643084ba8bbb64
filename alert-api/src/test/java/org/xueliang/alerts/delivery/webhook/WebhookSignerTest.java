package org.xueliang.alerts.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.xueliang.alerts.delivery.Hmac;

/**
 * Signatures against vectors computed outside Java: RFC 4231, Python's {@code hmac} module and
 * {@code openssl dgst -sha256 -hmac}.
 */
class WebhookSignerTest {
    private static final String DINGTALK_SECRET = "SEC3f0c1e2d4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff";

    @Test
    void hmacMatchesRfc4231TestCase2() {
        byte[] mac = Hmac.sha256("Jefe", "what do ya want for nothing?");

        assertThat(HexFormat.of().formatHex(mac))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void genericSignatureIsHexHmacOfTheBodyBytes() {
        byte[] body = "{\"idempotencyKey\":\"a:b:alert\",\"event\":\"alert\"}".getBytes(StandardCharsets.UTF_8);

        // echo -n '<body>' | openssl dgst -sha256 -hmac whsec-0123456789abcdef
        assertThat(WebhookSigner.signature("whsec-0123456789abcdef", body))
                .isEqualTo("sha256=b38a6f0ed65bc12cb54a73ca8ef37ce4073a2240512781dd06bc922cca535f31");
    }

    @Test
    void dingTalkSignIsUrlEncodedBase64OfHmacOfTimestampAndSecret() {
        // python3: quote_plus(b64encode(hmac.new(s, f"{ts}\n{s}", sha256).digest()))
        assertThat(WebhookSigner.dingTalkSign(DINGTALK_SECRET, 1714550402000L))
                .isEqualTo("O7gYrHtZADh5uWjdI6JIZvCLibykXa8XcxnUWll9D6I%3D");
    }

    @Test
    void dingTalkSignEscapesPlusAndSlash() {
        // the Base64 form is D9gsyCwfEXYRNh8gb/+/alDZPSnD3tDqie/uu7eS0LY=
        assertThat(WebhookSigner.dingTalkSign(DINGTALK_SECRET, 1714550402002L))
                .isEqualTo("D9gsyCwfEXYRNh8gb%2F%2B%2FalDZPSnD3tDqie%2Fuu7eS0LY%3D");
    }
}
