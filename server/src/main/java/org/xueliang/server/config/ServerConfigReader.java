package org.xueliang.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;
import org.xueliang.alerts.delivery.DeliveryConfig;

/**
 * Binds a configuration tree to {@link ServerConfig}: built-in defaults for what is left out,
 * unknown keys refused, every problem collected with its path. Sections other than the top level
 * and channels are read by {@link SectionReaders}.
 */
final class ServerConfigReader {
    static final List<String> TOP_LEVEL_KEYS =
            List.of("http", "api", "dataDir", "store", "ingest", "analytics", "sip", "delivery", "workflow", "channels");
    /** Every key outside {@code channels} whose value is a scalar, as a dotted path. */
    static final List<String> SCALAR_KEYS = List.of("http.port", "http.bindAddress", "http.videoSessions", "api.token",
            "api.loginTokenTtl", "dataDir",
            "store.url", "store.username", "store.password",
            "ingest.reconnect.initialDelay", "ingest.reconnect.maxDelay", "ingest.reconnect.jitter",
            "ingest.rtsp.transport", "ingest.rtsp.connectTimeout", "ingest.rtsp.readTimeout", "ingest.queueCapacity",
            "ingest.idleDecoding",
            "analytics.fps", "analytics.width", "analytics.zoneDefaults.minArea", "analytics.zoneDefaults.minDwell",
            "analytics.zoneDefaults.cooldown", "analytics.detection.detector",
            "analytics.detection.onnx.model", "analytics.detection.onnx.inputSize", "analytics.detection.onnx.confidence",
            "analytics.detection.onnx.nmsThreshold", "analytics.detection.onnx.format", "analytics.quality.enabled",
            "analytics.quality.interval", "analytics.quality.persistence", "analytics.quality.signalLoss",
            "analytics.recordTracks", "analytics.trackRetention",
            "sip.enabled", "sip.id", "sip.domain", "sip.password", "sip.port", "sip.ip", "sip.mediaIp",
            "sip.mediaPorts", "sip.keepaliveInterval", "sip.keepaliveCount", "sip.rtpTimeout",
            "delivery.publicUrl", "delivery.concurrency", "delivery.pollInterval", "delivery.retry.maxAttempts",
            "delivery.retry.initialDelay", "delivery.retry.maxDelay", "delivery.retry.jitter", "delivery.webhook.timeout",
            "delivery.mqtt.url", "delivery.mqtt.clientId", "delivery.mqtt.username", "delivery.mqtt.password",
            "delivery.mqtt.topicPrefix", "delivery.mqtt.timeout",
            "workflow.ackLimits.level1", "workflow.ackLimits.level2", "workflow.ackLimits.level3",
            "workflow.mergeWindow", "workflow.escalationScan");
    static final String DEFAULT_DATA_DIR = "data";

    private final Path baseDir;

    /** @param baseDir folder that relative paths (data folder, video files) are resolved against */
    ServerConfigReader(Path baseDir) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
    }

    /** The configuration, or null when {@code errors} got any problem. */
    ServerConfig read(JsonNode root, List<FieldError> errors) {
        int before = errors.size();
        FieldReader top = FieldReader.of(root, "", errors);
        top.refuseUnknownKeys(TOP_LEVEL_KEYS);
        HttpConfig http = SectionReaders.http(top.object("http"));
        ApiConfig api = SectionReaders.api(top.object("api"));
        Path dataDir = readDataDir(top);
        StoreConfig store = SectionReaders.store(top.object("store"), dataDir);
        IngestConfig ingest = SectionReaders.ingest(top.object("ingest"));
        AnalyticsConfig analytics = AnalyticsSectionReader.read(top.object("analytics"), baseDir);
        SipConfig sip = SipSectionReader.read(top.object("sip"));
        DeliveryConfig delivery = DeliverySectionReader.read(top.object("delivery"));
        WorkflowConfig workflow = WorkflowSectionReader.read(top.object("workflow"));
        List<ChannelSpec> channels = readChannels(top, new ChannelSpecReader(
                ServerConfig.channelDefaults(ingest, analytics), baseDir));
        if (errors.size() > before) {
            return null;
        }
        return new ServerConfig(http, api, dataDir, store, ingest, analytics, sip, channels, delivery, workflow);
    }

    private Path readDataDir(FieldReader top) {
        String text = top.string("dataDir", DEFAULT_DATA_DIR);
        Path dir;
        try {
            dir = baseDir.resolve(text).normalize();
        } catch (InvalidPathException e) {
            top.error("dataDir", "is not a valid folder path (" + e.getReason() + "), got " + FieldReader.quote(text));
            return baseDir.resolve(DEFAULT_DATA_DIR);
        }
        if (text.isBlank()) {
            top.error("dataDir", "must not be empty");
        } else if (Files.exists(dir) && !Files.isDirectory(dir)) {
            top.error("dataDir", "not a folder: " + dir);
        }
        return dir;
    }

    private static List<ChannelSpec> readChannels(FieldReader top, ChannelSpecReader reader) {
        List<JsonNode> items = top.list("channels");
        List<ChannelSpec> channels = new ArrayList<>();
        Map<String, String> firstPathOfId = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = FieldReader.item(top.pathOf("channels"), i);
            ChannelSpec spec = reader.read(items.get(i), path, top.errors());
            if (spec != null) {
                channels.add(spec);
            }
            // duplicates are checked on the raw id so that they show up along with other problems of the channel
            JsonNode id = items.get(i).get("id");
            if (id != null && id.isTextual() && ChannelSpecReader.ID.matcher(id.textValue()).matches()) {
                String first = firstPathOfId.putIfAbsent(id.textValue(), path + ".id");
                if (first != null) {
                    top.errors().add(new FieldError(path + ".id",
                            "duplicate of " + first + " " + FieldReader.quote(id.textValue())));
                }
            }
        }
        return channels;
    }
}
