package org.xueliang.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueliang.alerts.channel.ChannelDefaults;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.delivery.DeliveryConfig;
import org.xueliang.alerts.delivery.DeliveryRetry;
import org.xueliang.alerts.delivery.MqttConfig;
import org.xueliang.alerts.workflow.AlertLevels;
import org.xueliang.alerts.workflow.TimeLimits;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.ZoneRuleConfig;
import org.xueliang.analytics.detect.DetectionConfig;
import org.xueliang.analytics.detect.GatingConfig;
import org.xueliang.analytics.detect.OnnxDetectorConfig;
import org.xueliang.analytics.detect.YoloFormat;
import org.xueliang.analytics.motion.MotionConfig;
import org.xueliang.analytics.motion.StaticChangeConfig;
import org.xueliang.analytics.pipeline.PipelineConfig;
import org.xueliang.analytics.rules.CrossingDirection;
import org.xueliang.analytics.rules.LineCrossingConfig;
import org.xueliang.analytics.schedule.ArmingSchedule;
import org.xueliang.analytics.quality.QualityConfig;
import org.xueliang.analytics.quality.QualityLimits;
import org.xueliang.analytics.track.TrackerConfig;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.RtspTransport;
import org.xueliang.ingest.SamplingConfig;

class ConfigLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void fillsEverythingLeftOutWithTheBuiltInDefaults() throws Exception {
        Path base = ConfigFiles.baseDir(tmp);
        Path file = ConfigFiles.write(tmp, "api:\n  token: " + ConfigFiles.TOKEN + "\n");

        ServerConfig config = ConfigLoader.load(file, Map.of(), base);

        assertThat(config).isEqualTo(new ServerConfig(
                new HttpConfig(8080, "0.0.0.0"),
                new ApiConfig(ConfigFiles.TOKEN),
                base.resolve("data"),
                new StoreConfig("jdbc:h2:file:" + base.resolve("data/xueliang"), "sa", ""),
                new IngestConfig(new ReconnectConfig(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2),
                        new RtspConfig(RtspTransport.TCP, Duration.ofSeconds(5), Duration.ofSeconds(10)), 8),
                new AnalyticsConfig(5, 640, new ZoneDefaultsConfig(0.002, Duration.ofSeconds(1),
                        Duration.ofSeconds(30)), PipelineConfig.defaults(), AnalyticsConfig.DEFAULT_TRACK_RETENTION),
                defaultSip(),
                List.of()));
        assertThat(config.channelDefaults()).isEqualTo(ChannelDefaults.builtIn());
    }

    /** The sip section when the file has none. */
    static SipConfig defaultSip() {
        return new SipConfig(false, "", "", "", 5060, "127.0.0.1", "127.0.0.1", 30000, 30499, Duration.ofSeconds(60),
                3, Duration.ofSeconds(10), Map.of());
    }

    @Test
    void loadsTheShippedDemoConfig() throws Exception {
        Path repo = Path.of(System.getProperty("xl.repo.root"));

        ServerConfig config = ConfigLoader.load(repo.resolve("samples/demo.yml"), Map.of(), repo);

        assertThat(config.http().port()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(repo.toAbsolutePath().normalize().resolve("data"));
        assertThat(config.channels()).extracting(ChannelSpec::id)
                .containsExactly("demo-square", "demo-square-west", "demo-market", "demo-school-gate");
        assertThat(config.channels().get(1).source()).isEqualTo(new FileSourceConfig(
                repo.toAbsolutePath().normalize().resolve("samples/footage/vtest-mirrored-h264.mp4"), true));
        assertThat(config.channels().get(0)).isEqualTo(new ChannelSpec("demo-square",
                "Demo square (looped OpenCV sample footage)",
                new FileSourceConfig(repo.toAbsolutePath().normalize().resolve("samples/footage/vtest.avi"), true),
                new SamplingConfig(5, 640),
                List.of(new ZoneRuleConfig("footpath",
                        List.of(new Point(0, 0.35), new Point(1, 0.35), new Point(1, 0.75), new Point(0, 0.75)),
                        0.002, Duration.ofSeconds(1), Duration.ofSeconds(20))),
                List.of(new LineCrossingConfig("crossing", new Point(0, 0.55), new Point(1, 0.55),
                        CrossingDirection.BOTH, Set.of(), ArmingSchedule.always(), Duration.ofSeconds(10)))));
        assertThat(config.analytics().pipeline()).isEqualTo(PipelineConfig.defaults());
        assertThat(config.sip()).isEqualTo(new SipConfig(true, "34020000002000000001", "3402000000", "12345678",
                5060, "127.0.0.1", "127.0.0.1", 30000, 30499, Duration.ofSeconds(60), 3, Duration.ofSeconds(10),
                Map.of()));
    }

    @Test
    void theDemoSipPasswordIsReplacedFromTheEnvironment() throws Exception {
        Path repo = Path.of(System.getProperty("xl.repo.root"));

        ServerConfig config = ConfigLoader.load(repo.resolve("samples/demo.yml"),
                Map.of("XL_SIP_PASSWORD", "production-sip-secret"), repo);

        assertThat(config.sip().password()).isEqualTo("production-sip-secret");
    }

    @Test
    void theDemoTokenIsReplacedFromTheEnvironment() throws Exception {
        Path repo = Path.of(System.getProperty("xl.repo.root"));

        ServerConfig config = ConfigLoader.load(repo.resolve("samples/demo.yml"),
                Map.of("XL_API_TOKEN", "production-token-0123456789", "PATH", "/usr/bin", "HOME", "/root"), repo);

        assertThat(config.api().token()).isEqualTo("production-token-0123456789");
    }

    @Test
    void environmentOverridesTheFileAndFeedsDerivedDefaults() throws Exception {
        Path base = ConfigFiles.baseDir(tmp);
        Path file = ConfigFiles.write(tmp, """
                http: {port: 8080}
                api: {token: file-token-0123456789}
                analytics: {fps: 5}
                channels:
                  - id: gate
                    source: {type: rtsp, url: 'rtsp://cam/s'}
                """);

        ServerConfig config = ConfigLoader.load(file, Map.of("XL_HTTP_PORT", "9090",
                "XL_HTTP_BIND_ADDRESS", "127.0.0.1", "XL_DATA_DIR", "/var/lib/xueliang",
                "XL_ANALYTICS_FPS", "2.5", "XL_INGEST_RTSP_TRANSPORT", "udp",
                "XL_CHANNELS_0_SOURCE_URL", "rtsp://admin:pw@10.0.0.5:554/s"), base);

        assertThat(config.http()).isEqualTo(new HttpConfig(9090, "127.0.0.1"));
        assertThat(config.api().token()).isEqualTo("file-token-0123456789");
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/xueliang"));
        assertThat(config.store().url()).isEqualTo("jdbc:h2:file:/var/lib/xueliang/xueliang");
        assertThat(config.channels().get(0).sampling()).isEqualTo(new SamplingConfig(2.5, 640));
        assertThat(config.channels().get(0).source()).isEqualTo(new RtspSourceConfig(
                "rtsp://admin:pw@10.0.0.5:554/s", RtspTransport.UDP, Duration.ofSeconds(5), Duration.ofSeconds(10)));
    }

    @Test
    void everyVariableSetsItsKey() throws Exception {
        Path base = ConfigFiles.baseDir(tmp);
        Files.createDirectories(base.resolve("models"));
        Files.writeString(base.resolve("models/yolo.onnx"), "only has to exist until the server starts");
        // class names are a list, which no variable sets
        Path file = ConfigFiles.write(tmp, "analytics: {detection: {onnx: {classNames: [person, car]}}}");
        Map<String, String> env = Map.ofEntries(
                Map.entry("XL_HTTP_PORT", "8443"), Map.entry("XL_HTTP_BIND_ADDRESS", "10.1.1.1"),
                Map.entry("XL_HTTP_VIDEO_SESSIONS", "3"),
                Map.entry("XL_API_TOKEN", "env-token-0123456789"), Map.entry("XL_DATA_DIR", "var"),
                Map.entry("XL_STORE_URL", "jdbc:postgresql://db:5432/xl"), Map.entry("XL_STORE_USERNAME", "xl"),
                Map.entry("XL_STORE_PASSWORD", "db-secret"),
                Map.entry("XL_INGEST_RECONNECT_INITIAL_DELAY", "2s"), Map.entry("XL_INGEST_RECONNECT_MAX_DELAY", "1m"),
                Map.entry("XL_INGEST_RECONNECT_JITTER", "0.5"), Map.entry("XL_INGEST_RTSP_TRANSPORT", "UDP"),
                Map.entry("XL_INGEST_RTSP_CONNECT_TIMEOUT", "3s"), Map.entry("XL_INGEST_RTSP_READ_TIMEOUT", "4s"),
                Map.entry("XL_INGEST_QUEUE_CAPACITY", "16"), Map.entry("XL_INGEST_IDLE_DECODING", "30s"),
                Map.entry("XL_ANALYTICS_FPS", "10"),
                Map.entry("XL_ANALYTICS_WIDTH", "320"), Map.entry("XL_ANALYTICS_ZONE_DEFAULTS_MIN_AREA", "0.01"),
                Map.entry("XL_ANALYTICS_ZONE_DEFAULTS_MIN_DWELL", "500ms"),
                Map.entry("XL_ANALYTICS_ZONE_DEFAULTS_COOLDOWN", "2m"),
                Map.entry("XL_ANALYTICS_DETECTION_DETECTOR", "onnx"),
                Map.entry("XL_ANALYTICS_DETECTION_ONNX_MODEL", "models/yolo.onnx"),
                Map.entry("XL_ANALYTICS_DETECTION_ONNX_INPUT_SIZE", "320"),
                Map.entry("XL_ANALYTICS_DETECTION_ONNX_CONFIDENCE", "0.5"),
                Map.entry("XL_ANALYTICS_DETECTION_ONNX_NMS_THRESHOLD", "0.6"),
                Map.entry("XL_ANALYTICS_DETECTION_ONNX_FORMAT", "V8"),
                Map.entry("XL_ANALYTICS_QUALITY_ENABLED", "false"), Map.entry("XL_ANALYTICS_QUALITY_INTERVAL", "5s"),
                Map.entry("XL_ANALYTICS_QUALITY_PERSISTENCE", "3s"),
                Map.entry("XL_ANALYTICS_QUALITY_SIGNAL_LOSS", "20s"), Map.entry("XL_ANALYTICS_RECORD_TRACKS", "false"),
                Map.entry("XL_ANALYTICS_TRACK_RETENTION", "168h"),
                Map.entry("XL_SIP_ENABLED", "true"),
                Map.entry("XL_SIP_ID", "34020000002000000001"), Map.entry("XL_SIP_DOMAIN", "3402000000"),
                Map.entry("XL_SIP_PASSWORD", "sip-secret"), Map.entry("XL_SIP_PORT", "15060"),
                Map.entry("XL_SIP_IP", "10.1.1.2"), Map.entry("XL_SIP_MEDIA_IP", "10.1.1.3"),
                Map.entry("XL_SIP_MEDIA_PORTS", "40000-40099"), Map.entry("XL_SIP_KEEPALIVE_INTERVAL", "30s"),
                Map.entry("XL_SIP_KEEPALIVE_COUNT", "5"), Map.entry("XL_SIP_RTP_TIMEOUT", "15s"),
                Map.entry("XL_DELIVERY_PUBLIC_URL", "https://xl.example.org"), Map.entry("XL_DELIVERY_CONCURRENCY", "4"),
                Map.entry("XL_DELIVERY_POLL_INTERVAL", "250ms"), Map.entry("XL_DELIVERY_RETRY_MAX_ATTEMPTS", "3"),
                Map.entry("XL_DELIVERY_RETRY_INITIAL_DELAY", "1s"), Map.entry("XL_DELIVERY_RETRY_MAX_DELAY", "1m"),
                Map.entry("XL_DELIVERY_RETRY_JITTER", "0.1"), Map.entry("XL_DELIVERY_WEBHOOK_TIMEOUT", "3s"),
                Map.entry("XL_DELIVERY_MQTT_URL", "tcp://127.0.0.1:1883"),
                Map.entry("XL_DELIVERY_MQTT_CLIENT_ID", "xl-east"), Map.entry("XL_DELIVERY_MQTT_USERNAME", "xl"),
                Map.entry("XL_DELIVERY_MQTT_PASSWORD", "mqtt-secret"), Map.entry("XL_DELIVERY_MQTT_TOPIC_PREFIX", "city/xl"),
                Map.entry("XL_DELIVERY_MQTT_TIMEOUT", "2s"), Map.entry("XL_API_LOGIN_TOKEN_TTL", "8h"),
                Map.entry("XL_WORKFLOW_ACK_LIMITS_LEVEL1", "2m"), Map.entry("XL_WORKFLOW_ACK_LIMITS_LEVEL2", "10m"),
                Map.entry("XL_WORKFLOW_ACK_LIMITS_LEVEL3", "30m"), Map.entry("XL_WORKFLOW_MERGE_WINDOW", "0s"),
                Map.entry("XL_WORKFLOW_ESCALATION_SCAN", "5s"));
        assertThat(env.keySet()).containsExactlyInAnyOrderElementsOf(
                ServerConfigReader.SCALAR_KEYS.stream().map(EnvOverrides::variableName).toList());

        ServerConfig config = ConfigLoader.load(file, env, base);

        assertThat(config).isEqualTo(new ServerConfig(
                new HttpConfig(8443, "10.1.1.1", 3),
                new ApiConfig("env-token-0123456789", Duration.ofHours(8)),
                base.resolve("var"),
                new StoreConfig("jdbc:postgresql://db:5432/xl", "xl", "db-secret"),
                new IngestConfig(new ReconnectConfig(Duration.ofSeconds(2), Duration.ofMinutes(1), 0.5),
                        new RtspConfig(RtspTransport.UDP, Duration.ofSeconds(3), Duration.ofSeconds(4)), 16,
                        Duration.ofSeconds(30)),
                new AnalyticsConfig(10, 320, new ZoneDefaultsConfig(0.01, Duration.ofMillis(500),
                        Duration.ofMinutes(2)), new PipelineConfig(MotionConfig.defaults(), new DetectionConfig(
                        List.of(new OnnxDetectorConfig(base.resolve("models/yolo.onnx"), List.of("person", "car"), 320,
                                0.5, 0.6, YoloFormat.V8)), GatingConfig.defaults()), TrackerConfig.defaults(),
                        new QualityConfig(false, Duration.ofSeconds(5), Duration.ofSeconds(3), 4, Duration.ofSeconds(20),
                                QualityLimits.defaults()), StaticChangeConfig.defaults(), false), Duration.ofDays(7)),
                new SipConfig(true, "34020000002000000001", "3402000000", "sip-secret", 15060, "10.1.1.2", "10.1.1.3",
                        40000, 40099, Duration.ofSeconds(30), 5, Duration.ofSeconds(15), Map.of()),
                List.of(),
                new DeliveryConfig("https://xl.example.org", 4, Duration.ofMillis(250),
                        new DeliveryRetry(3, Duration.ofSeconds(1), Duration.ofMinutes(1), 0.1), Duration.ofSeconds(3),
                        new MqttConfig("tcp://127.0.0.1:1883", "xl-east", "xl", "mqtt-secret", "city/xl",
                                Duration.ofSeconds(2))),
                new WorkflowConfig(new TimeLimits(Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30)),
                        Duration.ZERO, Duration.ofSeconds(5), AlertLevels.defaults())));
    }

    @Test
    void readsTheWorkflowSectionOverTheBuiltInLevels() throws Exception {
        Path base = ConfigFiles.baseDir(tmp);
        Path file = ConfigFiles.write(tmp, """
                api: {token: file-token-0123456789, loginTokenTtl: 1h}
                workflow:
                  ackLimits: {level1: 3m}
                  mergeWindow: 10m
                  levels: {DEVICE_ALARM: 1, ZONE_INTRUSION: 3}
                """);

        ServerConfig config = ConfigLoader.load(file, Map.of(), base);

        assertThat(config.api().loginTokenTtl()).isEqualTo(Duration.ofHours(1));
        assertThat(config.workflow()).isEqualTo(new WorkflowConfig(
                new TimeLimits(Duration.ofMinutes(3), Duration.ofMinutes(15), Duration.ofMinutes(60)),
                Duration.ofMinutes(10), Duration.ofSeconds(15), new AlertLevels(Map.of("DEVICE_ALARM", 1,
                        "ZONE_INTRUSION", 3, "DEVICE_OFFLINE", 3, "DEVICE_ONLINE", 3))));
    }

    @Test
    void everyChannelVariableSetsItsKey() throws Exception {
        Path base = ConfigFiles.baseDir(tmp);
        Path file = ConfigFiles.write(tmp, """
                api: {token: file-token-0123456789}
                channels:
                  - {id: a, source: {type: rtsp, path: elsewhere.avi}, zones: [{id: z, polygon: [[0, 0], [1, 0], [1, 1]]}]}
                  - {id: b, source: {type: rtsp, url: 'rtsp://b/s'}}
                """);
        Map<String, String> env = Map.ofEntries(
                Map.entry("XL_CHANNELS_0_ID", "first"), Map.entry("XL_CHANNELS_0_NAME", "First gate"),
                Map.entry("XL_CHANNELS_0_SOURCE_TYPE", "file"), Map.entry("XL_CHANNELS_0_SOURCE_PATH", "clip.avi"),
                Map.entry("XL_CHANNELS_0_SOURCE_LOOP", "false"), Map.entry("XL_CHANNELS_0_SOURCE_URL", "rtsp://x/s"),
                Map.entry("XL_CHANNELS_0_ANALYSIS_FPS", "1"), Map.entry("XL_CHANNELS_0_ANALYSIS_WIDTH", "160"),
                Map.entry("XL_CHANNELS_0_ZONES_0_ID", "lawn"), Map.entry("XL_CHANNELS_0_ZONES_0_MIN_AREA", "0.5"),
                Map.entry("XL_CHANNELS_0_ZONES_0_MIN_DWELL", "3s"), Map.entry("XL_CHANNELS_0_ZONES_0_COOLDOWN", "1h"),
                Map.entry("XL_CHANNELS_1_SOURCE_TRANSPORT", "udp"),
                Map.entry("XL_CHANNELS_1_SOURCE_CONNECT_TIMEOUT", "1s"),
                Map.entry("XL_CHANNELS_1_SOURCE_READ_TIMEOUT", "2s"));
        // a file source has no url: setting one as well shows that the variable reached the channel
        Map<String, String> withoutUrl = new java.util.HashMap<>(env);
        withoutUrl.remove("XL_CHANNELS_0_SOURCE_URL");

        ServerConfig config = ConfigLoader.load(file, withoutUrl, base);

        assertThat(config.channels()).containsExactly(
                new ChannelSpec("first", "First gate", new FileSourceConfig(base.resolve("clip.avi"), false),
                        new SamplingConfig(1, 160), List.of(new ZoneRuleConfig("lawn",
                                List.of(new Point(0, 0), new Point(1, 0), new Point(1, 1)), 0.5,
                                Duration.ofSeconds(3), Duration.ofHours(1)))),
                new ChannelSpec("b", "b", new RtspSourceConfig("rtsp://b/s", RtspTransport.UDP,
                        Duration.ofSeconds(1), Duration.ofSeconds(2)), new SamplingConfig(5, 640), List.of()));
        ConfigException e = org.assertj.core.api.Assertions.catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(file, env, base));
        assertThat(e.getMessage()).isEqualTo(
                "channels[0].source.url (from XL_CHANNELS_0_SOURCE_URL): unknown key, allowed: type, path, loop");
    }

    @Test
    void anEmptyFileNeedsOnlyTheToken() throws Exception {
        Path file = ConfigFiles.write(tmp, "# nothing but a comment\n");

        ServerConfig config = ConfigLoader.load(file, Map.of("XL_API_TOKEN", ConfigFiles.TOKEN), tmp);

        assertThat(config.api().token()).isEqualTo(ConfigFiles.TOKEN);
        assertThat(config.channels()).isEmpty();
    }

    @Test
    void relativePathsFollowTheWorkingDirectoryByDefault() throws Exception {
        Path file = ConfigFiles.write(tmp, "api: {token: " + ConfigFiles.TOKEN + "}\ndataDir: some/data\n");

        ServerConfig config = ConfigLoader.load(file, Map.of());

        assertThat(config.dataDir()).isEqualTo(Path.of("some/data").toAbsolutePath());
    }

    @Test
    void unquotedSipCodesAreAcceptedAsDigits() throws Exception {
        Path file = ConfigFiles.write(tmp, "api: {token: " + ConfigFiles.TOKEN + "}\n"
                + "sip: {enabled: true, id: 34020000002000000001, domain: 3402000000, password: '123456'}\n");

        SipConfig sip = ConfigLoader.load(file, Map.of(), tmp).sip();

        assertThat(sip).isEqualTo(new SipConfig(true, "34020000002000000001", "3402000000", "123456", 5060,
                "127.0.0.1", "127.0.0.1", 30000, 30499, Duration.ofSeconds(60), 3, Duration.ofSeconds(10), Map.of()));
    }

    @Test
    void readsTheMediaKeepaliveAndPerDeviceSettings() throws Exception {
        Path file = ConfigFiles.write(tmp, "api: {token: " + ConfigFiles.TOKEN + "}\n"
                + "sip: {enabled: true, id: '34020000002000000001', domain: '3402000000', password: global,\n"
                + "      ip: 192.168.10.5, mediaIp: 203.0.113.7, mediaPorts: '31000 - 31009',\n"
                + "      keepaliveInterval: 1s, keepaliveCount: 3, rtpTimeout: 5s,\n"
                + "      devicePasswords: {'34020000001320000001': own-1, '34020000001320000002': own-2}}\n");

        SipConfig sip = ConfigLoader.load(file, Map.of(), tmp).sip();

        assertThat(sip).isEqualTo(new SipConfig(true, "34020000002000000001", "3402000000", "global", 5060,
                "192.168.10.5", "203.0.113.7", 31000, 31009, Duration.ofSeconds(1), 3, Duration.ofSeconds(5),
                Map.of("34020000001320000001", "own-1", "34020000001320000002", "own-2")));
    }
}
