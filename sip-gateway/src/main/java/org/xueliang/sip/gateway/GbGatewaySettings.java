package org.xueliang.sip.gateway;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Objects;
import org.xueliang.sip.device.KeepalivePolicy;
import org.xueliang.sip.message.GbId;
import org.xueliang.sip.register.PasswordLookup;

/**
 * What the gateway core is configured with.
 *
 * @param platformId     this platform's 20-digit ID
 * @param domain         the SIP domain and digest realm, 10 digits
 * @param passwords      per-device passwords falling back to the global one
 * @param keepalive      when a silent device counts as offline
 * @param defaultExpires registration seconds granted when a device asks for none
 * @param requestTimeout how long a device may take to answer a query, a PTZ command or an INVITE
 * @param catalogTimeout how long the packets of one catalog answer may pause before it is given up
 * @param nonceLifetime  how long a digest nonce is accepted
 * @param bodyCharset    charset of the MANSCDP bodies sent to devices (GB2312 is what they read)
 */
public record GbGatewaySettings(String platformId, String domain, PasswordLookup passwords, KeepalivePolicy keepalive,
                                int defaultExpires, Duration requestTimeout, Duration catalogTimeout,
                                Duration nonceLifetime, Charset bodyCharset) {
    public GbGatewaySettings {
        GbId.parse(platformId);
        if (domain == null || !domain.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("SIP domain must be 10 digits, got \"" + domain + "\"");
        }
        Objects.requireNonNull(passwords, "passwords");
        Objects.requireNonNull(keepalive, "keepalive");
        if (defaultExpires < 1) {
            throw new IllegalArgumentException("default expires must be at least 1 s, got " + defaultExpires);
        }
        positive("request timeout", requestTimeout);
        positive("catalog timeout", catalogTimeout);
        positive("nonce lifetime", nonceLifetime);
        Objects.requireNonNull(bodyCharset, "bodyCharset");
    }

    /** Standard values for everything but the identity and the passwords. */
    public static GbGatewaySettings defaults(String platformId, String domain, PasswordLookup passwords) {
        return new GbGatewaySettings(platformId, domain, passwords, KeepalivePolicy.defaults(), 3600,
                Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMinutes(5), Charset.forName("GB2312"));
    }

    /** These settings with another keepalive policy. */
    public GbGatewaySettings withKeepalive(KeepalivePolicy policy) {
        return new GbGatewaySettings(platformId, domain, passwords, policy, defaultExpires, requestTimeout,
                catalogTimeout, nonceLifetime, bodyCharset);
    }

    /** These settings with another request timeout. */
    public GbGatewaySettings withRequestTimeout(Duration timeout) {
        return new GbGatewaySettings(platformId, domain, passwords, keepalive, defaultExpires, timeout,
                catalogTimeout, nonceLifetime, bodyCharset);
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be greater than zero, got " + value);
        }
    }

    @Override
    public String toString() {
        return "GbGatewaySettings[platformId=" + platformId + ", domain=" + domain + ", keepalive=" + keepalive
                + ", defaultExpires=" + defaultExpires + ", requestTimeout=" + requestTimeout + "]";
    }
}
