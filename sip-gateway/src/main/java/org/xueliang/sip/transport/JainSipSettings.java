package org.xueliang.sip.transport;

import java.util.Objects;

/**
 * Where and as whom the SIP transport listens.
 *
 * @param ip         address to listen on and to announce in Via and Contact; devices must reach it
 * @param port       UDP and TCP port, 1 to 65535
 * @param platformId this platform's 20-digit ID, the user of From and Contact in its requests
 * @param domain     the SIP domain, host part of From and To
 * @param threads    threads that read and answer UDP requests
 */
public record JainSipSettings(String ip, int port, String platformId, String domain, int threads) {
    public JainSipSettings {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(platformId, "platformId");
        Objects.requireNonNull(domain, "domain");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SIP port must be 1 to 65535, got " + port);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("SIP threads must be at least 1, got " + threads);
        }
    }
}
