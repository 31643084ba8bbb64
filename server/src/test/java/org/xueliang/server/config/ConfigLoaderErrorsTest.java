package org.xueliang.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xueliang.alerts.channel.FieldError;

/** Malformed configurations and their exact messages; {@code $DIR} is the base folder, {@code $FILE} the file. */
class ConfigLoaderErrorsTest {
    private static final String API = "api: {token: " + ConfigFiles.TOKEN + "}\n";
    private static final String SQUARE = "[[0, 0], [1, 0], [1, 1]]";
    private static final String ID_RULE = "must be 1 to 64 lower-case letters, digits, '_' or '-', "
            + "starting with a letter or digit, got ";

    @TempDir
    Path tmp;

    static Stream<Arguments> malformedConfigs() {
        return Stream.of(
            bad(API + "htp: {port: 80}",
                "htp: unknown key, allowed: http, api, dataDir, store, ingest, analytics, sip, delivery, workflow,"
                    + " channels"),
            bad(API + "workflow: {ackLimits: {level1: 0s, level4: 1m}, mergeWindow: 5, escalationScan: 1h,"
                    + " levels: {ZONE_INTRUSION: 4, loitering: 1, DEVICE_ALARM: x}, retries: 3}",
                "workflow.retries: unknown key, allowed: ackLimits, mergeWindow, escalationScan, levels",
                "workflow.ackLimits.level4: unknown key, allowed: level1, level2, level3",
                "workflow.ackLimits.level1: must be greater than 0, got \"0s\"",
                "workflow.mergeWindow: missing unit in 5: add ms, s, m or h, e.g. \"5s\"",
                "workflow.escalationScan: must be at most 10m, got 1h",
                "workflow.levels.ZONE_INTRUSION: must be between 1 and 3, got 4",
                "workflow.levels.loitering: alert types are 1 to 64 upper-case letters, digits and '_', got"
                    + " \"loitering\"",
                "workflow.levels.DEVICE_ALARM: must be a number, got \"x\""),
            bad("api: {token: " + ConfigFiles.TOKEN + ", loginTokenTtl: 0s, ttl: 1h}",
                "api.ttl: unknown key, allowed: token, loginTokenTtl",
                "api.loginTokenTtl: must be greater than 0, got \"0s\""),
            bad(API + "http: {port: 8080, host: example.org}",
                "http.host: unknown key, allowed: port, bindAddress, videoSessions"),
            bad(API + "http: {videoSessions: 300}", "http.videoSessions: must be between 0 and 256, got 300"),
            bad(API + "analytics: {zoneDefaults: {minArea: 0.01, dwell: 2s}}",
                "analytics.zoneDefaults.dwell: unknown key, allowed: minArea, minDwell, cooldown"),
            bad(API + "analytics: {detector: hog}", "analytics.detector: unknown key, allowed: fps, width, "
                + "zoneDefaults, detection, quality, recordTracks, trackRetention"),
            bad(API + "analytics: {detection: {detector: yolo}, recordTracks: maybe}",
                "analytics.detection.detector: must be one of none, hog, cascade, onnx, got \"yolo\"",
                "analytics.recordTracks: must be true or false, got \"maybe\""),
            bad(API + "analytics: {trackRetention: 0s}", "analytics.trackRetention: must be greater than 0, got \"0s\""),
            bad(API + "analytics: {detection: {detector: onnx}}",
                "analytics.detection.onnx.model: is required",
                "analytics.detection.onnx.classNames: is required, the model's class labels in its output order, "
                    + "e.g. [person, bicycle, car]"),
            bad(API + "analytics: {detection: {detector: onnx, onnx: {model: models/missing.onnx, classNames: [person],"
                    + " inputSize: 600, confidence: 1.5, nmsThreshold: -1, format: v11, anchors: 3}}}",
                "analytics.detection.onnx.anchors: unknown key, allowed: model, classNames, inputSize, confidence, "
                    + "nmsThreshold, format",
                "analytics.detection.onnx.model: file not found: $DIR/models/missing.onnx",
                "analytics.detection.onnx.inputSize: must be a multiple of 32, got 600",
                "analytics.detection.onnx.confidence: must be between 0 and 1, got 1.5",
                "analytics.detection.onnx.nmsThreshold: must be between 0 and 1, got -1",
                "analytics.detection.onnx.format: must be one of auto, v5, v8, got \"v11\""),
            bad(API + "analytics: {detection: {detector: onnx, onnx: {model: clip.avi, classNames: [person, '', 3]}}}",
                "analytics.detection.onnx.classNames[1]: must be a class label such as \"person\", got \"\"",
                "analytics.detection.onnx.classNames[2]: must be a class label such as \"person\", got 3"),
            bad(API + "analytics: {detection: {detector: onnx, onnx: {model: '.', classNames: []}}}",
                "analytics.detection.onnx.model: not a regular file: $DIR",
                "analytics.detection.onnx.classNames: must have at least one class label"),
            bad(API + "analytics: {detection: {hog: {minConfidence: 0.5}, onnx: {model: x.onnx}}}",
                "analytics.detection.hog: is only read with detector: hog, got detector: none",
                "analytics.detection.onnx: is only read with detector: onnx, got detector: none"),
            bad(API + "analytics: {detection: {detector: hog, hog: {minConfidence: 2, scale: 1}}}",
                "analytics.detection.hog.scale: unknown key, allowed: minConfidence",
                "analytics.detection.hog.minConfidence: must be between 0 and 1, got 2"),
            bad(API + "analytics: {detection: {detector: cascade}}",
                "analytics.detection.cascades: is required with detector: cascade, a list such as "
                    + "[{cascade: haarcascade_fullbody.xml, label: person}]"),
            bad(API + "analytics: {detection: {detector: cascade, cascades: [haarcascade_fullbody.xml, {cascade: x}]}}",
                "analytics.detection.cascades[0]: must be an object such as {cascade: haarcascade_fullbody.xml, "
                    + "label: person}, got \"haarcascade_fullbody.xml\"",
                "analytics.detection.cascades[1].label: is required"),
            bad(API + "analytics: {quality: {enabled: 2, interval: 0s, persistence: 5, signalLoss: never, rate: 1}}",
                "analytics.quality.rate: unknown key, allowed: enabled, interval, persistence, signalLoss",
                "analytics.quality.enabled: must be true or false, got 2",
                "analytics.quality.interval: must be greater than 0, got \"0s\"",
                "analytics.quality.persistence: missing unit in 5: add ms, s, m or h, e.g. \"5s\"",
                "analytics.quality.signalLoss: must be a duration like \"250ms\", \"5s\", \"2m\" or \"1h\", "
                    + "got \"never\""),
            badEnv(API, Map.of("XL_ANALYTICS_QUALITY_INTERVAL", "2"),
                "analytics.quality.interval (from XL_ANALYTICS_QUALITY_INTERVAL): missing unit in \"2\": add ms, s, "
                    + "m or h, e.g. \"2s\""),
            bad(API + "channels:\n  - {id: cam, source: {type: file, path: clip.avi}, zones: [{id: gate, polygon: "
                    + SQUARE + "}], rules: [{id: gate, type: line_crossing, start: [0, 0.5], end: [1, 0.5], "
                    + "direction: up}]}",
                "channels[0].rules[0].direction: must be one of a_to_b, b_to_a, both, got \"up\"",
                "channels[0].rules[0].id: duplicate of channels[0].zones[0].id \"gate\""),
            badEnv(API + "channels:\n  - {id: cam, source: {type: file, path: clip.avi}, rules: [{id: gate, "
                    + "type: line_crossing, start: [0, 0.5], end: [1, 0.5]}]}",
                Map.of("XL_CHANNELS_0_RULES_0_DIRECTION", "sideways"),
                "channels[0].rules[0].direction (from XL_CHANNELS_0_RULES_0_DIRECTION): must be one of a_to_b, b_to_a, "
                    + "both, got \"sideways\""),
            bad(API + "http: {port: abc}", "http.port: must be a number, got \"abc\""),
            bad(API + "http: 8080", "http: must be an object (key: value pairs), got 8080"),
            bad(API + "http: {port: 70000}", "http.port: must be between 1 and 65535, got 70000"),
            bad(API + "http: {port: 0, bindAddress: ''}", "http.port: must be between 1 and 65535, got 0",
                "http.bindAddress: must not be empty (0.0.0.0 listens on every interface)"),
            bad(API + "ingest: {reconnect: {initialDelay: soon}}", "ingest.reconnect.initialDelay: must be a "
                + "duration like \"250ms\", \"5s\", \"2m\" or \"1h\", got \"soon\""),
            bad(API + "ingest: {idleDecoding: 30}",
                "ingest.idleDecoding: missing unit in 30: add ms, s, m or h, e.g. \"30s\""),
            bad(API + "ingest: {rtsp: {readTimeout: 10}}",
                "ingest.rtsp.readTimeout: missing unit in 10: add ms, s, m or h, e.g. \"10s\""),
            bad(API + "ingest: {reconnect: {initialDelay: 5s, maxDelay: 2s, jitter: 1.5}, queueCapacity: 0}",
                "ingest.reconnect.maxDelay: must be at least initialDelay (5s), got 2s",
                "ingest.reconnect.jitter: must be between 0 and 1, got 1.5",
                "ingest.queueCapacity: must be between 1 and 1024, got 0"),
            bad(API + "ingest: {rtsp: {transport: http, connectTimeout: 0ms}}",
                "ingest.rtsp.transport: must be one of tcp, udp, got \"http\"",
                "ingest.rtsp.connectTimeout: must be greater than 0, got \"0ms\""),
            bad(API + "store: {url: 'jdbc:mysql://db/x?user=a&password=hunter2'}",
                "store.url: must start with jdbc:h2: or jdbc:postgresql:, got \"jdbc:mysql://db/x?user=a&password=***\""),
            bad(API + "dataDir: clip.avi", "dataDir: not a folder: $DIR/clip.avi"),
            bad(API + "analytics: {fps: 60, width: 4000}",
                "analytics.fps: must be greater than 0 and at most 30, got 60",
                "analytics.width: must be between 160 and 1920, got 4000"),
            bad(API + "channels: {id: cam}", "channels: must be a list, got an object"),
            bad(API + "channels:\n  - {id: cam, source: {type: rtsp, url: 'http://admin:pw@cam/s'}}",
                "channels[0].source.url: must start with rtsp:// or rtsps://, got \"http://admin:***@cam/s\""),
            bad(API + "channels:\n  - {id: cam, source: {type: file, path: missing.avi}}",
                "channels[0].source.path: file not found: $DIR/missing.avi"),
            bad(API + "channels:\n  - {id: cam, source: {type: file, path: clip.avi, kind: x}}",
                "channels[0].source.kind: unknown key, allowed: type, path, loop"),
            bad(API + "channels:\n  - {id: cam, source: {type: file, path: clip.avi},"
                    + " zones: [{id: z, polygon: [[0, 0], [1, 1]]}]}",
                "channels[0].zones[0].polygon: must have at least 3 points, got 2"),
            bad(API + "channels:\n  - {id: cam, source: {type: file, path: clip.avi},"
                    + " zones: [{id: z, polygon: [[0, 0], [1, -0.5], [1, 1]]}]}",
                "channels[0].zones[0].polygon[1][1]: must be between 0 and 1, got -0.5"),
            bad(API + "channels:\n  - {id: cam, source: {type: file, path: clip.avi}, analysis: {fps: 0}}",
                "channels[0].analysis.fps: must be greater than 0 and at most 30, got 0"),
            bad(API + "channels:\n  - {id: cam-1, source: {type: file, path: clip.avi}}\n"
                    + "  - {id: cam-2, source: {type: file, path: clip.avi}}\n"
                    + "  - {id: cam-1, source: {type: rtsp, url: 'rtsp://h/s'}}",
                "channels[2].id: duplicate of channels[0].id \"cam-1\""),
            bad(API + "channels:\n  - {id: cam, source: {type: file, path: clip.avi}, zones: [{id: lawn, polygon: "
                    + SQUARE + "}, {id: lawn, polygon: " + SQUARE + "}]}",
                "channels[0].zones[1].id: duplicate of channels[0].zones[0].id \"lawn\""),
            bad(API + "channels:\n  - {id: '', source: {type: file, path: clip.avi}}",
                "channels[0].id: must not be empty"),
            bad(API + "channels:\n  - {id: East Gate, source: {type: file, path: clip.avi}}",
                "channels[0].id: " + ID_RULE + "\"East Gate\""),
            bad(API + "channels:\n  - {id: cam, source: {type: file, path: clip.avi}, zones: [{id: z, polygon: "
                    + SQUARE + ", cooldown: 30}]}",
                "channels[0].zones[0].cooldown: missing unit in 30: add ms, s, m or h, e.g. \"30s\""),
            bad("http: {port: 8080}",
                "api.token: is required: set it in the file or in XL_API_TOKEN, at least 16 characters"),
            bad("api: {token: 1234567890123456789}\nstore: {password: 4711}\nsip: {password: [a]}",
                "api.token: must be a string, got a number (put it in quotes)",
                "store.password: must be a string, got a number (put it in quotes)",
                "sip.password: must be a string, got a list"),
            bad(API + "http: {port: 1e400}", "http.port: must be a number, got Infinity"),
            badEnv(API, Map.of("XL_HTTP_PORT", "1e400"),
                "http.port (from XL_HTTP_PORT): must be between 1 and 65535, got 1E+400"),
            bad(API + "sip: {enabled: true, id: '3402000000200000001', domain: 3402000000, password: pw}",
                "sip.id: must be 20 digits, got \"3402000000200000001\""),
            bad(API + "sip: {enabled: true, port: 99999}",
                "sip.id: is required when sip.enabled is true, 20 digits",
                "sip.domain: is required when sip.enabled is true, 10 digits",
                "sip.password: is required when sip.enabled is true",
                "sip.port: must be between 1 and 65535, got 99999"),
            bad(API + "sip: {enabled: 1}", "sip.enabled: must be true or false, got 1"),
            bad(API + "sip: {mediaPort: 30000}", "sip.mediaPort: unknown key, allowed: enabled, id, domain, password, "
                + "port, ip, mediaIp, mediaPorts, keepaliveInterval, keepaliveCount, rtpTimeout, devicePasswords"),
            bad(API + "sip: {ip: sip.example.org, mediaIp: 0.0.0.0}",
                "sip.ip: must be an IP address devices can reach, got \"sip.example.org\"",
                "sip.mediaIp: must be the address devices reach this server at, not the wildcard 0.0.0.0"),
            bad(API + "sip: {ip: 10.0.0.300}", "sip.ip: must be an IP address devices can reach, got \"10.0.0.300\""),
            bad(API + "sip: {mediaPorts: 30000}", "sip.mediaPorts: must be a string, got 30000 (put it in quotes)"),
            bad(API + "sip: {mediaPorts: '30000'}", "sip.mediaPorts: must be FROM-TO with 1 <= FROM <= TO <= 65535, "
                + "e.g. \"30000-30499\", got \"30000\""),
            bad(API + "sip: {mediaPorts: 30100-30000}", "sip.mediaPorts: must be FROM-TO with 1 <= FROM <= TO <= 65535, "
                + "e.g. \"30000-30499\", got \"30100-30000\""),
            bad(API + "sip: {port: 5062, mediaPorts: 5000-6000}",
                "sip.mediaPorts: must not contain the SIP port 5062, got \"5000-6000\""),
            bad(API + "sip: {keepaliveInterval: 0s, keepaliveCount: 0, rtpTimeout: 10}",
                "sip.keepaliveInterval: must be greater than 0, got \"0s\"",
                "sip.keepaliveCount: must be between 1 and 100, got 0",
                "sip.rtpTimeout: missing unit in 10: add ms, s, m or h, e.g. \"10s\""),
            bad(API + "sip: {devicePasswords: {'3402': pw, '34020000001320000001': '', '34020000001320000002': 4711}}",
                "sip.devicePasswords.3402: must be a 20-digit device id",
                "sip.devicePasswords.34020000001320000001: must not be empty",
                "sip.devicePasswords.34020000001320000002: must be a string, got a number (put it in quotes)"),
            bad(API + "sip: {devicePasswords: [a]}", "sip.devicePasswords: must be an object (key: value pairs), got a list"),
            badEnv(API, Map.of("XL_SIP_MEDIA_PORTS", "a-b"), "sip.mediaPorts (from XL_SIP_MEDIA_PORTS): must be FROM-TO "
                + "with 1 <= FROM <= TO <= 65535, e.g. \"30000-30499\", got \"a-b\""),
            bad(API + "delivery: {publicUrl: 'xl.example.org', concurrency: 0, pollInterval: 0s, sms: {}}",
                "delivery.sms: unknown key, allowed: publicUrl, concurrency, pollInterval, retry, webhook, mqtt",
                "delivery.publicUrl: must be the server's address as receivers reach it, http:// or https:// with a "
                    + "host, got \"xl.example.org\"",
                "delivery.concurrency: must be between 1 and 256, got 0",
                "delivery.pollInterval: must be greater than 0, got \"0s\""),
            bad(API + "delivery: {retry: {maxAttempts: 101, initialDelay: 10s, maxDelay: 5s, jitter: 2, backoff: 2}}",
                "delivery.retry.backoff: unknown key, allowed: maxAttempts, initialDelay, maxDelay, jitter",
                "delivery.retry.maxAttempts: must be between 1 and 100, got 101",
                "delivery.retry.maxDelay: must be at least initialDelay (10s), got 5s",
                "delivery.retry.jitter: must be between 0 and 1, got 2"),
            bad(API + "delivery: {webhook: {timeout: 10, retries: 3}}",
                "delivery.webhook.retries: unknown key, allowed: timeout",
                "delivery.webhook.timeout: missing unit in 10: add ms, s, m or h, e.g. \"10s\""),
            bad(API + "delivery: {mqtt: {url: 'mqtt://u:hunter2@broker:1883', clientId: 'xl server', password: hunter2,"
                    + " topicPrefix: 'xl/#', timeout: 0ms, qos: 2}}",
                "delivery.mqtt.qos: unknown key, allowed: url, clientId, username, password, topicPrefix, timeout",
                "delivery.mqtt.url: must be tcp://host:port or ssl://host:port, got \"mqtt://u:***@broker:1883\"",
                "delivery.mqtt.clientId: must be 1 to 64 letters, digits, '_' or '-', got \"xl server\"",
                "delivery.mqtt.password: needs delivery.mqtt.username: MQTT sends a password only with a user name",
                "delivery.mqtt.topicPrefix: must be topic levels of letters, digits, '_' or '-' separated by '/', "
                    + "without wildcards, got \"xl/#\"",
                "delivery.mqtt.timeout: must be greater than 0, got \"0ms\""),
            bad(API + "delivery: {mqtt: {url: 'tcp://:1883', password: 4711}}",
                "delivery.mqtt.url: must be tcp://host:port or ssl://host:port, got \"tcp://:1883\"",
                "delivery.mqtt.password: must be a string, got a number (put it in quotes)"),
            badEnv(API, Map.of("XL_DELIVERY_MQTT_PASWORD", "x"),
                "XL_DELIVERY_MQTT_PASWORD: unknown configuration variable, close names: XL_DELIVERY_MQTT_PASSWORD"),
            badEnv(API, Map.of("XL_DELIVERY_RETRY_JITTER", "-0.5"),
                "delivery.retry.jitter (from XL_DELIVERY_RETRY_JITTER): must be between 0 and 1, got -0.5"),
            badEnv(API, Map.of("XL_HTTP_PORT", "abc"), "http.port (from XL_HTTP_PORT): must be a number, got \"abc\""),
            badEnv("http: {port: 8080}", Map.of("XL_API_TOKEN", "short"),
                "api.token (from XL_API_TOKEN): must be at least 16 characters, got 5"),
            badEnv(API + "channels:\n  - {id: cam, source: {type: rtsp, url: 'rtsp://h/s'}}",
                Map.of("XL_CHANNELS_0_SOURCE_URL", "rtsp://admin:s3cret@/s", "XL_CHANNELS_0_ANALYSIS_FPS", "0"),
                "channels[0].source.url (from XL_CHANNELS_0_SOURCE_URL): must name a host, got \"rtsp://admin:***@/s\"",
                "channels[0].analysis.fps (from XL_CHANNELS_0_ANALYSIS_FPS): must be greater than 0 and at most 30, "
                    + "got 0"),
            badEnv(API, Map.of("XL_HTTP_PROT", "80", "XL_API_TOKNE", "x"),
                "XL_API_TOKNE: unknown configuration variable, close names: XL_API_TOKEN",
                "XL_HTTP_PROT: unknown configuration variable, close names: XL_HTTP_PORT"),
            badEnv(API, Map.of("XL_SOMETHING_ELSE", "1"), "XL_SOMETHING_ELSE: unknown configuration variable; "
                + "names follow the key paths, e.g. XL_HTTP_PORT, XL_API_TOKEN, XL_CHANNELS_0_SOURCE_URL"),
            badEnv(API, Map.of("XL_CHANNELS_0_SOURCE_URL", "rtsp://h/s"),
                "XL_CHANNELS_0_SOURCE_URL: unknown configuration variable: the file defines 0 channel(s), and "
                    + "variables can only override keys of channels the file defines"),
            bad(API + "http:\n  port: 8080\n   bindAddress: x\n",
                "$FILE: YAML syntax error at line 4, column 15: mapping values are not allowed here"),
            bad(API + "http: {port: 8080, port: 9090}",
                "$FILE: YAML syntax error at line 2, column 24: Duplicate field 'port'"),
            bad("- http\n- api", "$FILE: the top level must be keys and values (http:, api:, channels: ...), got a list"),
            bad(API + "http: {port: '80a'}\nstore: {url: 'jdbc:oracle:x'}\nchannels:\n"
                    + "  - {id: A, source: {type: rtsp, url: 'rtsp://h/s', transport: quic}}\n  - [1]",
                "http.port: must be a number, got \"80a\"",
                "store.url: must start with jdbc:h2: or jdbc:postgresql:, got \"jdbc:oracle:x\"",
                "channels[0].id: " + ID_RULE + "\"A\"",
                "channels[0].source.transport: must be one of tcp, udp, got \"quic\"",
                "channels[1]: must be an object (key: value pairs), got a list"));
    }

    private static Arguments bad(String yaml, String... expected) {
        return badEnv(yaml, Map.of(), expected);
    }

    private static Arguments badEnv(String yaml, Map<String, String> env, String... expected) {
        return Arguments.of(yaml, env, List.of(expected));
    }

    @ParameterizedTest
    @MethodSource("malformedConfigs")
    void reportsEveryProblemExactly(String yaml, Map<String, String> env, List<String> expected) {
        Path base = ConfigFiles.baseDir(tmp);
        Path file = ConfigFiles.write(tmp, yaml);

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(file, env, base));

        List<String> expectedLines = expected.stream()
                .map(line -> line.replace("$DIR", base.toString()).replace("$FILE", file.toString())).toList();
        assertThat(e).as("loading %s", yaml).isNotNull();
        assertThat(e.errors()).map(FieldError::toString).containsExactlyElementsOf(expectedLines);
        assertThat(e.getMessage()).isEqualTo(String.join("\n", expectedLines));
    }

    @ParameterizedTest
    @MethodSource("malformedConfigs")
    void neverShowsASecretInAnError(String yaml, Map<String, String> env, List<String> expected) {
        Path file = ConfigFiles.write(tmp, yaml);

        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(file, env, ConfigFiles.baseDir(tmp)));

        assertThat(e.getMessage()).doesNotContain("hunter2", "s3cret", ":pw@", "short", "123456789", "4711");
    }

    @org.junit.jupiter.api.Test
    void reportsAMissingFileWithWhereItLooked() {
        Path file = tmp.resolve("nowhere.yml");

        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.load(file, Map.of(), tmp));

        assertThat(e.getMessage()).isEqualTo(file + ": config file not found (looked for " + file + ")");
    }
}
