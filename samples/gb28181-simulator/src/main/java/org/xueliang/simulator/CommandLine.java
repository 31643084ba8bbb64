package org.xueliang.simulator;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xueliang.simulator.media.VideoCodec;
import org.xueliang.simulator.media.VideoSettings;
import org.xueliang.simulator.sip.Transport;

/** Parses {@code --name value} options into a {@link FleetConfig}; errors name the option. */
record CommandLine(FleetConfig config, int controlPort, boolean verbose, boolean help) {

    static final String USAGE = """
            usage: java -cp <classes> org.xueliang.simulator.Main --server HOST:PORT [options]
              --server-id ID                 platform ID, 20 digits (34020000002000000001)
              --domain DOMAIN                SIP domain, 10 digits (first 10 of --server-id)
              --password PASSWORD            digest password (12345678)
              --devices N                    simulated devices (1)
              --first-device-id ID           first device ID; the others count up (34020000001320000001)
              --channels-per-device N        camera channels per device (1)
              --transport udp|tcp            SIP transport (udp)
              --keepalive DURATION           keepalive interval, e.g. 60s, 500ms, 2m (60s)
              --keepalive-max-failures N     unanswered keepalives before re-registering (3)
              --expires DURATION             requested registration expiry (3600s)
              --register-rate N/s|max        first registrations started per second (max)
              --max-pending N                first registrations in flight at once (200)
              --udp-sockets N                UDP sockets shared by the devices (1, or 4 above 1000 devices)
              --local-ip IP                  address announced in Via/Contact/SDP (the route to the server)
              --gb-version 2016|2022         2022 sends X-GB-Ver: 3.0 (2016)
              --charset NAME                 MANSCDP body charset (GB2312)
              --catalog-items-per-message N  catalog items per Response MESSAGE (2)
              --video FILE                   video to loop (ffmpeg testsrc2 pattern when absent)
              --video-codec h264|h265        (h264)
              --fps N / --gop N              frame rate (25) and keyframe interval in frames (= fps)
              --ffmpeg PATH                  ffmpeg executable (ffmpeg)
              --retry-min / --retry-max D    registration retry backoff (2s / 60s)
              --control-port PORT            HTTP control port on 127.0.0.1, 0 = any free (0)
              --verbose                      debug logging
            """;

    private static final Set<String> FLAGS = Set.of("verbose", "help");

    static CommandLine parse(String[] args) {
        Map<String, String> options = options(args);
        if (options.containsKey("help")) {
            return new CommandLine(null, 0, false, true);
        }
        FleetConfig.Builder builder = FleetConfig.builder(address(require(options, "server")));
        String serverId = options.getOrDefault("server-id", "34020000002000000001");
        int devices = integer(options, "devices", 1);
        builder.serverId(serverId)
                .domain(options.getOrDefault("domain", serverId.length() >= 10 ? serverId.substring(0, 10) : serverId))
                .password(options.getOrDefault("password", "12345678"))
                .devices(devices)
                .firstDeviceId(options.getOrDefault("first-device-id", "34020000001320000001"))
                .channelsPerDevice(integer(options, "channels-per-device", 1))
                .transport(Transport.parse(options.getOrDefault("transport", "udp")))
                .keepaliveInterval(duration(options, "keepalive", "60s"))
                .keepaliveMaxFailures(integer(options, "keepalive-max-failures", 3))
                .registerExpires(duration(options, "expires", "3600s"))
                .registerRate(rate(options.getOrDefault("register-rate", "max")))
                .maxPendingRegistrations(integer(options, "max-pending", 200))
                .udpSockets(integer(options, "udp-sockets", devices > 1000 ? 4 : 1))
                .localIp(options.containsKey("local-ip") ? ip(options.get("local-ip")) : null)
                .gbVersion(integer(options, "gb-version", 2016))
                .charset(charset(options.getOrDefault("charset", "GB2312")))
                .catalogItemsPerMessage(integer(options, "catalog-items-per-message", 2))
                .retry(duration(options, "retry-min", "2s"), duration(options, "retry-max", "60s"))
                .video(video(options));
        return new CommandLine(builder.build(), integer(options, "control-port", 0), options.containsKey("verbose"), false);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option starting with --, got '" + args[i] + "'");
            }
            String name = args[i].substring(2);
            if (FLAGS.contains(name)) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
        }
        return options;
    }

    private static VideoSettings video(Map<String, String> options) {
        Optional<Path> video = Optional.ofNullable(options.get("video")).map(Path::of);
        if (video.isPresent() && !Files.isReadable(video.get())) {
            throw new IllegalArgumentException("--video file is not readable: " + video.get().toAbsolutePath());
        }
        int fps = integer(options, "fps", 25);
        return new VideoSettings(options.getOrDefault("ffmpeg", "ffmpeg"), video,
                VideoCodec.parse(options.getOrDefault("video-codec", "h264")), fps, integer(options, "gop", fps));
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("option --" + name + " is required");
        }
        return value;
    }

    static InetSocketAddress address(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--server must be HOST:PORT, got '" + text + "'");
        }
        int port = parseInt("server port", text.substring(colon + 1));
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("--server port must be 1..65535, got " + port);
        }
        return new InetSocketAddress(ip(text.substring(0, colon)), port);
    }

    private static InetAddress ip(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + host + "'", e);
        }
    }

    /** {@code 60s}, {@code 500ms}, {@code 2m}, {@code 1h}, or a bare number of seconds. */
    static Duration parseDuration(String name, String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            char unit = value.charAt(value.length() - 1);
            long amount = Character.isDigit(unit) ? Long.parseLong(value) : Long.parseLong(value.substring(0, value.length() - 1));
            return switch (unit) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> {
                    if (!Character.isDigit(unit)) {
                        throw new NumberFormatException("unit");
                    }
                    yield Duration.ofSeconds(amount);
                }
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("--" + name + " must be a duration like 60s, 500ms or 2m, got '" + text + "'");
        }
    }

    private static Duration duration(Map<String, String> options, String name, String fallback) {
        return parseDuration(name, options.getOrDefault(name, fallback));
    }

    /** {@code 2000/s}, {@code 2000} or {@code max} (0: unlimited). */
    static double rate(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.equals("max") || value.equals("0")) {
            return 0;
        }
        String number = value.endsWith("/s") ? value.substring(0, value.length() - 2) : value;
        try {
            double rate = Double.parseDouble(number);
            if (rate > 0) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--register-rate must be N/s, N or max, got '" + text + "'");
    }

    private static int integer(Map<String, String> options, String name, int fallback) {
        return options.containsKey(name) ? parseInt("--" + name, options.get(name)) : fallback;
    }

    private static int parseInt(String name, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, got '" + text + "'");
        }
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--charset '" + name + "' is not a charset this JVM knows", e);
        }
    }
}
