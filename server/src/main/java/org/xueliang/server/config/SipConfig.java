package org.xueliang.server.config;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The GB28181 SIP gateway and its media reception.
 *
 * @param enabled           start the gateway (default false)
 * @param id                the server's 20-digit GB28181 id, required when enabled
 * @param domain            the 10-digit SIP domain and digest realm, required when enabled
 * @param password          password devices register with, required when enabled
 * @param port              SIP port, UDP and TCP, 1..65535 (default 5060)
 * @param ip                address SIP listens on and announces in Via and Contact; devices must reach it
 * @param mediaIp           address offered to devices for RTP in the SDP (default: {@code ip})
 * @param mediaPortFrom     first port of the RTP range, one port per live stream
 * @param mediaPortTo       last port of the RTP range, inclusive
 * @param keepaliveInterval keepalive interval the devices are configured with (default 60s)
 * @param keepaliveCount    missed keepalives after which a device is offline (default 3)
 * @param rtpTimeout        a stream without RTP this long is restarted (default 10s)
 * @param devicePasswords   passwords of single devices by device id, overriding {@code password}
 */
public record SipConfig(boolean enabled, String id, String domain, String password, int port, String ip,
                        String mediaIp, int mediaPortFrom, int mediaPortTo, Duration keepaliveInterval,
                        int keepaliveCount, Duration rtpTimeout, Map<String, String> devicePasswords) {
    public SipConfig {
        devicePasswords = Map.copyOf(devicePasswords);
    }

    @Override
    public String toString() {
        Map<String, String> masked = new TreeMap<>();
        devicePasswords.forEach((device, secret) -> masked.put(device, Secrets.mask(secret)));
        return "SipConfig[enabled=" + enabled + ", id=" + id + ", domain=" + domain
                + ", password=" + Secrets.mask(password) + ", port=" + port + ", ip=" + ip + ", mediaIp=" + mediaIp
                + ", mediaPorts=" + mediaPortFrom + "-" + mediaPortTo + ", keepaliveInterval=" + keepaliveInterval
                + ", keepaliveCount=" + keepaliveCount + ", rtpTimeout=" + rtpTimeout
                + ", devicePasswords=" + masked + "]";
    }
}
