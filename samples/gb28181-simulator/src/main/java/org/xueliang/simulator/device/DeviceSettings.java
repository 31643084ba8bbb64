package org.xueliang.simulator.device;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Optional;
import org.xueliang.simulator.media.VideoSettings;
import org.xueliang.simulator.sip.Transport;

/**
 * What every device of a fleet shares: the platform to register with, timers, protocol flavour
 * ({@code X-GB-Ver}, body charset, catalog packet size) and how to encode video.
 *
 * @param gbVersionHeader value of {@code X-GB-Ver} (3.0 for GB/T 28181-2022), empty for 2016 devices
 */
public record DeviceSettings(InetSocketAddress server, String serverId, String domain, String password,
                             Transport transport, InetAddress localIp, Duration registerExpires,
                             Duration keepaliveInterval, int keepaliveMaxFailures, Optional<String> gbVersionHeader,
                             Charset charset, int catalogItemsPerMessage, Duration retryMin, Duration retryMax,
                             VideoSettings video) {

    public static final String USER_AGENT = "Xueliang-GB28181-Simulator/0.1";

    /** The Request-URI of REGISTER and MESSAGE: the platform's ID at its domain. */
    public String serverUri() {
        return "sip:" + serverId + "@" + domain;
    }
}
