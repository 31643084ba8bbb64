package org.xueliang.simulator;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xueliang.simulator.device.DeviceIds;
import org.xueliang.simulator.media.VideoCodec;
import org.xueliang.simulator.media.VideoSettings;
import org.xueliang.simulator.sip.Transport;

/**
 * Everything a {@link SimulatorFleet} needs. Build with {@link #builder(InetSocketAddress)}, which
 * starts from the defaults the CLI documents; the constructor checks every value and reports all
 * problems at once, each naming its option.
 *
 * @param registerRate registrations started per second; 0 = as fast as the window allows
 * @param maxPendingRegistrations initial registrations in flight at once (the UDP burst window)
 * @param udpSockets UDP sockets the devices are spread over, each with one receiver thread
 * @param localIp address announced in Via, Contact and SDP; empty = the one routing to the server
 * @param gbVersion 2016 (no X-GB-Ver header) or 2022 ({@code X-GB-Ver: 3.0})
 */
public record FleetConfig(InetSocketAddress server, String serverId, String domain, String password,
                          int devices, String firstDeviceId, int channelsPerDevice, Transport transport,
                          Duration keepaliveInterval, int keepaliveMaxFailures, Duration registerExpires,
                          double registerRate, int maxPendingRegistrations, int udpSockets,
                          Optional<InetAddress> localIp, int gbVersion, Charset charset,
                          int catalogItemsPerMessage, Duration retryMin, Duration retryMax, VideoSettings video) {

    public FleetConfig {
        List<String> problems = new ArrayList<>();
        check(problems, serverId != null && serverId.matches("\\d{20}"), "server-id must be 20 digits, got '" + serverId + "'");
        check(problems, domain != null && domain.matches("\\d{10}"), "domain must be 10 digits, got '" + domain + "'");
        check(problems, password != null && !password.isEmpty(), "password must not be empty");
        check(problems, devices >= 1, "devices must be at least 1, got " + devices);
        check(problems, channelsPerDevice >= 0, "channels-per-device must be 0 or more, got " + channelsPerDevice);
        check(problems, positive(keepaliveInterval), "keepalive must be positive, got " + keepaliveInterval);
        check(problems, keepaliveMaxFailures >= 1, "keepalive-max-failures must be at least 1, got " + keepaliveMaxFailures);
        check(problems, registerExpires != null && registerExpires.toSeconds() >= 10,
                "expires must be at least 10 s, got " + registerExpires);
        check(problems, registerRate >= 0, "register-rate must be 0 (unlimited) or more, got " + registerRate);
        check(problems, maxPendingRegistrations >= 1, "max-pending must be at least 1, got " + maxPendingRegistrations);
        check(problems, udpSockets >= 1 && udpSockets <= 64, "udp-sockets must be 1..64, got " + udpSockets);
        check(problems, gbVersion == 2016 || gbVersion == 2022, "gb-version must be 2016 or 2022, got " + gbVersion);
        check(problems, catalogItemsPerMessage >= 1, "catalog-items-per-message must be at least 1, got "
                + catalogItemsPerMessage);
        check(problems, positive(retryMin) && positive(retryMax) && retryMax.compareTo(retryMin) >= 0,
                "retry-min/retry-max must be positive and ordered, got " + retryMin + "/" + retryMax);
        check(problems, server != null, "server address must be given");
        try {
            DeviceIds.validate(firstDeviceId, Math.max(1, devices), Math.max(0, channelsPerDevice));
        } catch (IllegalArgumentException e) {
            problems.add("first-device-id: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid simulator settings: " + String.join("; ", problems));
        }
    }

    public static Builder builder(InetSocketAddress server) {
        return new Builder(server);
    }

    /** The {@code X-GB-Ver} header value devices send. */
    public Optional<String> gbVersionHeader() {
        return gbVersion == 2022 ? Optional.of("3.0") : Optional.empty();
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    /** Mutable builder with the documented defaults. */
    public static final class Builder {
        private final InetSocketAddress server;
        private String serverId = "34020000002000000001";
        private String domain = "3402000000";
        private String password = "12345678";
        private int devices = 1;
        private String firstDeviceId = "34020000001320000001";
        private int channelsPerDevice = 1;
        private Transport transport = Transport.UDP;
        private Duration keepaliveInterval = Duration.ofSeconds(60);
        private int keepaliveMaxFailures = 3;
        private Duration registerExpires = Duration.ofSeconds(3600);
        private double registerRate;
        private int maxPendingRegistrations = 200;
        private int udpSockets = 1;
        private Optional<InetAddress> localIp = Optional.empty();
        private int gbVersion = 2016;
        private Charset charset = Charset.forName("GB2312");
        private int catalogItemsPerMessage = 2;
        private Duration retryMin = Duration.ofSeconds(2);
        private Duration retryMax = Duration.ofSeconds(60);
        private VideoSettings video = new VideoSettings("ffmpeg", Optional.empty(), VideoCodec.H264, 25, 25);

        private Builder(InetSocketAddress server) {
            this.server = server;
        }

        public Builder serverId(String value) { serverId = value; return this; }
        public Builder domain(String value) { domain = value; return this; }
        public Builder password(String value) { password = value; return this; }
        public Builder devices(int value) { devices = value; return this; }
        public Builder firstDeviceId(String value) { firstDeviceId = value; return this; }
        public Builder channelsPerDevice(int value) { channelsPerDevice = value; return this; }
        public Builder transport(Transport value) { transport = value; return this; }
        public Builder keepaliveInterval(Duration value) { keepaliveInterval = value; return this; }
        public Builder keepaliveMaxFailures(int value) { keepaliveMaxFailures = value; return this; }
        public Builder registerExpires(Duration value) { registerExpires = value; return this; }
        public Builder registerRate(double value) { registerRate = value; return this; }
        public Builder maxPendingRegistrations(int value) { maxPendingRegistrations = value; return this; }
        public Builder udpSockets(int value) { udpSockets = value; return this; }
        public Builder localIp(InetAddress value) { localIp = Optional.ofNullable(value); return this; }
        public Builder gbVersion(int value) { gbVersion = value; return this; }
        public Builder charset(Charset value) { charset = value; return this; }
        public Builder catalogItemsPerMessage(int value) { catalogItemsPerMessage = value; return this; }
        public Builder retry(Duration min, Duration max) { retryMin = min; retryMax = max; return this; }
        public Builder video(VideoSettings value) { video = value; return this; }

        public FleetConfig build() {
            return new FleetConfig(server, serverId, domain, password, devices, firstDeviceId, channelsPerDevice,
                    transport, keepaliveInterval, keepaliveMaxFailures, registerExpires, registerRate,
                    maxPendingRegistrations, udpSockets, localIp, gbVersion, charset, catalogItemsPerMessage,
                    retryMin, retryMax, video);
        }
    }
}
