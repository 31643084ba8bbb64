package org.xueliang.alerts.delivery.webhook;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.xueliang.alerts.delivery.Hmac;

/** The signatures of outgoing webhooks. */
public final class WebhookSigner {
    private WebhookSigner() {
    }

    /**
     * The {@code X-Xueliang-Signature} header of a generic webhook: {@code sha256=} and the
     * lower-case hex HMAC-SHA256 of the exact body bytes under the subscription's secret. A
     * receiver recomputes it over the raw body it read and compares in constant time.
     */
    public static String signature(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(Hmac.sha256(secret.getBytes(StandardCharsets.UTF_8), body));
    }

    /**
     * The {@code sign} query parameter of a DingTalk robot with signing on ("加签"): the
     * HMAC-SHA256 of {@code "<timestamp>\n<secret>"} under the secret, Base64, then URL-encoded.
     *
     * @param timestampMillis the {@code timestamp} parameter sent along, milliseconds since the epoch;
     *                        DingTalk refuses one more than an hour off its own clock
     */
    public static String dingTalkSign(String secret, long timestampMillis) {
        byte[] mac = Hmac.sha256(secret, timestampMillis + "\n" + secret);
        return URLEncoder.encode(Base64.getEncoder().encodeToString(mac), StandardCharsets.UTF_8);
    }
}
