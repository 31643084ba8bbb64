package org.xueliang.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.xueliang.alerts.channel.ChannelDefaults;
import org.xueliang.alerts.channel.DurationFormat;
import org.xueliang.alerts.channel.FieldReader;
import org.xueliang.ingest.RtspTransport;

/** Readers of the configuration sections; each applies the built-in default of every key left out. */
final class SectionReaders {
    static final int DEFAULT_HTTP_PORT = 8080;
    static final int MIN_TOKEN_LENGTH = 16;
    static final int MAX_QUEUE_CAPACITY = 1024;
    private static final int MAX_PORT = 65535;
    /** Each full-rate view is a camera connection and a thread: hundreds are already a lot for one node. */
    private static final int MAX_VIDEO_SESSIONS = 256;
    private static final List<String> TRANSPORTS = List.of("tcp", "udp");

    private SectionReaders() {
    }

    static HttpConfig http(FieldReader http) {
        http.refuseUnknownKeys(List.of("port", "bindAddress", "videoSessions"));
        int port = http.integer("port", DEFAULT_HTTP_PORT, 1, MAX_PORT);
        int videoSessions = http.integer("videoSessions", HttpConfig.DEFAULT_VIDEO_SESSIONS, 0, MAX_VIDEO_SESSIONS);
        String bindAddress = http.string("bindAddress", "0.0.0.0");
        if (bindAddress.isBlank()) {
            http.error("bindAddress", "must not be empty (0.0.0.0 listens on every interface)");
        }
        return new HttpConfig(port, bindAddress, videoSessions);
    }

    static ApiConfig api(FieldReader api) {
        api.refuseUnknownKeys(List.of("token", "loginTokenTtl"));
        Duration loginTokenTtl = api.positiveDuration("loginTokenTtl", ApiConfig.DEFAULT_LOGIN_TOKEN_TTL);
        if (!api.has("token")) {
            api.error("token", "is required: set it in the file or in XL_API_TOKEN, at least "
                    + MIN_TOKEN_LENGTH + " characters");
            return new ApiConfig(null, loginTokenTtl);
        }
        String token = api.secret("token", null);
        // the length is reported, never the token itself
        if (token != null && token.length() < MIN_TOKEN_LENGTH) {
            api.error("token", "must be at least " + MIN_TOKEN_LENGTH + " characters, got " + token.length());
        }
        return new ApiConfig(token, loginTokenTtl);
    }

    static StoreConfig store(FieldReader store, Path dataDir) {
        store.refuseUnknownKeys(List.of("url", "username", "password"));
        String url = store.string("url", "jdbc:h2:file:" + dataDir.resolve("xueliang"));
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            store.error("url", "must start with jdbc:h2: or jdbc:postgresql:, got "
                    + FieldReader.quote(Secrets.maskJdbcUrl(url)));
        }
        return new StoreConfig(url, store.string("username", "sa"), store.secret("password", ""));
    }

    static IngestConfig ingest(FieldReader ingest) {
        ingest.refuseUnknownKeys(List.of("reconnect", "rtsp", "queueCapacity", "idleDecoding"));
        ReconnectConfig reconnect = reconnect(ingest.object("reconnect"));
        RtspConfig rtsp = rtsp(ingest.object("rtsp"));
        int queueCapacity = ingest.integer("queueCapacity", 8, 1, MAX_QUEUE_CAPACITY);
        Duration idleDecoding = ingest.duration("idleDecoding", Duration.ZERO);
        if (idleDecoding.isNegative()) {
            ingest.error("idleDecoding", "must be 0s (off) or a positive duration, got "
                    + DurationFormat.format(idleDecoding));
            idleDecoding = Duration.ZERO;
        }
        return new IngestConfig(reconnect, rtsp, queueCapacity, idleDecoding);
    }

    private static ReconnectConfig reconnect(FieldReader reconnect) {
        reconnect.refuseUnknownKeys(List.of("initialDelay", "maxDelay", "jitter"));
        Duration initial = reconnect.positiveDuration("initialDelay", Duration.ofSeconds(1));
        Duration max = reconnect.positiveDuration("maxDelay", Duration.ofSeconds(30));
        if (max.compareTo(initial) < 0) {
            reconnect.error("maxDelay", "must be at least initialDelay (" + DurationFormat.format(initial)
                    + "), got " + DurationFormat.format(max));
        }
        double jitter = reconnect.number("jitter", 0.2, v -> v >= 0 && v <= 1, "between 0 and 1");
        return new ReconnectConfig(initial, max, jitter);
    }

    private static RtspConfig rtsp(FieldReader rtsp) {
        rtsp.refuseUnknownKeys(List.of("transport", "connectTimeout", "readTimeout"));
        ChannelDefaults builtIn = ChannelDefaults.builtIn();
        String transport = rtsp.choice("transport", "tcp", TRANSPORTS);
        return new RtspConfig(RtspTransport.valueOf(transport.toUpperCase(Locale.ROOT)),
                rtsp.positiveDuration("connectTimeout", builtIn.rtspConnectTimeout()),
                rtsp.positiveDuration("readTimeout", builtIn.rtspReadTimeout()));
    }
}
