package org.xueliang.alerts.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.ZoneRuleConfig;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.Gb28181SourceConfig;
import org.xueliang.ingest.MediaTransport;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.RtspTransport;
import org.xueliang.ingest.SamplingConfig;
import org.xueliang.ingest.SourceConfig;

/**
 * Reads a channel specification from a JSON tree (parsed from the YAML configuration or from a
 * config API body), applying {@link ChannelDefaults} and collecting every problem with its path.
 * Unknown keys are refused everywhere; relative file paths are resolved against a base folder.
 */
public final class ChannelSpecReader {
    /** Channel and zone ids: safe in URLs, file names and metric labels. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    public static final int MAX_NAME_LENGTH = 100;
    public static final double MAX_FPS = 30;
    public static final int MIN_WIDTH = 160;
    public static final int MAX_WIDTH = 1920;
    /** GB/T 28181 device and channel IDs: exactly 20 ASCII digits. */
    public static final Pattern GB_ID = Pattern.compile("[0-9]{20}");

    /** Keys of a channel whose values are scalars, as dotted paths relative to the channel. */
    public static final List<String> CHANNEL_SCALAR_KEYS = List.of("id", "name", "source.type", "source.path",
            "source.loop", "source.url", "source.transport", "source.connectTimeout", "source.readTimeout",
            "source.deviceId", "source.channelId", "analysis.fps", "analysis.width");
    /** Keys of a zone whose values are scalars. */
    public static final List<String> ZONE_SCALAR_KEYS = List.of("id", "minArea", "minDwell", "cooldown");
    /** Keys of a rule whose values are scalars. */
    public static final List<String> RULE_SCALAR_KEYS = List.of("id", "type", "direction", "cooldown", "minDwell",
            "minCount", "minDensity", "minSpeed", "minDuration", "minArea", "maxArea", "schedule.timeZone");

    private static final List<String> CHANNEL_KEYS = List.of("id", "name", "source", "analysis", "zones", "rules");
    private static final List<String> FILE_KEYS = List.of("type", "path", "loop");
    private static final List<String> RTSP_KEYS = List.of("type", "url", "transport", "connectTimeout", "readTimeout");
    private static final List<String> GB28181_KEYS = List.of("type", "deviceId", "channelId", "transport");
    private static final List<String> SOURCE_TYPES = List.of("file", "rtsp", "gb28181");
    private static final List<String> TRANSPORTS = List.of("tcp", "udp");
    /** udp first: it is the default, as most devices send RTP over UDP. */
    private static final List<String> GB28181_TRANSPORTS = List.of("udp", "tcp");
    private static final List<String> ANALYSIS_KEYS = List.of("fps", "width");
    private static final List<String> ZONE_KEYS = List.of("id", "polygon", "minArea", "minDwell", "cooldown");
    private static final String ID_RULE = "must be 1 to 64 lower-case letters, digits, '_' or '-', "
            + "starting with a letter or digit, got ";

    private final ChannelDefaults defaults;
    private final Path baseDir;
    private final RuleReader rules = new RuleReader(RuleDefaults.builtIn());

    /**
     * @param defaults values for fields a channel leaves out
     * @param baseDir  folder that relative file paths are resolved against
     */
    public ChannelSpecReader(ChannelDefaults defaults, Path baseDir) {
        this.defaults = defaults;
        this.baseDir = baseDir.toAbsolutePath().normalize();
    }

    /**
     * Reads one channel object, appending every problem (paths prefixed with {@code path}, e.g.
     * {@code channels[1]}) to {@code errors}.
     *
     * @return the channel, or null if this object had any problem
     */
    public ChannelSpec read(JsonNode node, String path, List<FieldError> errors) {
        int before = errors.size();
        if (FieldReader.isAbsent(node) || !node.isObject()) {
            errors.add(new FieldError(path, "must be an object (key: value pairs), got " + FieldReader.show(node)));
            return null;
        }
        FieldReader channel = FieldReader.of(node, path, errors);
        channel.refuseUnknownKeys(CHANNEL_KEYS);
        String id = readId(channel, "id");
        String name = readName(channel, id);
        SourceConfig source = readSource(channel);
        SamplingConfig sampling = readSampling(channel.object("analysis"));
        Map<String, String> firstPathOfId = new HashMap<>();
        List<ZoneRuleConfig> zones = readZones(channel, firstPathOfId);
        List<RuleConfig> rules = readRules(channel, firstPathOfId);
        if (errors.size() > before) {
            return null;
        }
        return new ChannelSpec(id, name, source, sampling, zones, rules);
    }

    /**
     * Reads an API body, whose error paths have no prefix ({@code source.url: ...}).
     *
     * @throws InvalidSpecException with every problem found
     */
    public ChannelSpec readBody(JsonNode node) {
        List<FieldError> errors = new ArrayList<>();
        ChannelSpec spec = read(node, "", errors);
        if (spec == null) {
            throw new InvalidSpecException(errors);
        }
        return spec;
    }

    /** Reads a channel or zone id: required, non-empty, matching {@link #ID}. */
    static String readId(FieldReader object, String key) {
        String id = object.requiredString(key);
        if (id != null && !ID.matcher(id).matches()) {
            object.error(key, ID_RULE + FieldReader.quote(id));
            return null;
        }
        return id;
    }

    private static String readName(FieldReader channel, String id) {
        String name = channel.string("name", id);
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            channel.error("name", "must be at most " + MAX_NAME_LENGTH + " characters, got " + name.length());
        }
        return name;
    }

    private SourceConfig readSource(FieldReader channel) {
        if (!channel.has("source")) {
            channel.error("source", "is required, an object with type: file, rtsp or gb28181");
            return null;
        }
        FieldReader source = channel.object("source");
        if (source.get("type") == null && channel.get("source").isObject()) {
            source.error("type", "is required, one of: " + String.join(", ", SOURCE_TYPES));
            return null;
        }
        String type = source.choice("type", null, SOURCE_TYPES);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "file" -> readFileSource(source);
            case "rtsp" -> readRtspSource(source);
            default -> readGb28181Source(source);
        };
    }

    /** The message for a value that is not a GB/T 28181 ID, shared with the API's path checks. */
    public static String gbIdProblem(String got) {
        return "must be 20 digits, got " + FieldReader.show(TextNode.valueOf(got));
    }

    private FileSourceConfig readFileSource(FieldReader source) {
        source.refuseUnknownKeys(FILE_KEYS);
        boolean loop = source.bool("loop", true);
        Path file = source.existingFile("path", baseDir);
        if (file == null) {
            return null;
        }
        return new FileSourceConfig(file, loop);
    }

    private RtspSourceConfig readRtspSource(FieldReader source) {
        source.refuseUnknownKeys(RTSP_KEYS);
        String url = readRtspUrl(source);
        String transport = source.choice("transport", defaults.rtspTransport().name().toLowerCase(Locale.ROOT),
                TRANSPORTS);
        var connectTimeout = source.positiveDuration("connectTimeout", defaults.rtspConnectTimeout());
        var readTimeout = source.positiveDuration("readTimeout", defaults.rtspReadTimeout());
        if (url == null) {
            return null;
        }
        return new RtspSourceConfig(url, RtspTransport.valueOf(transport.toUpperCase(Locale.ROOT)),
                connectTimeout, readTimeout);
    }

    private static Gb28181SourceConfig readGb28181Source(FieldReader source) {
        source.refuseUnknownKeys(GB28181_KEYS);
        String deviceId = readGbId(source, "deviceId");
        String channelId = readGbId(source, "channelId");
        String transport = source.choice("transport", "udp", GB28181_TRANSPORTS);
        if (deviceId == null || channelId == null) {
            return null;
        }
        // "tcp" is TCP passive: the server listens and the device connects, which works through NAT
        return new Gb28181SourceConfig(deviceId, channelId,
                transport.equals("tcp") ? MediaTransport.TCP_PASSIVE : MediaTransport.UDP);
    }

    private static String readGbId(FieldReader source, String key) {
        String id = source.requiredString(key);
        if (id != null && !GB_ID.matcher(id).matches()) {
            source.error(key, gbIdProblem(id));
            return null;
        }
        return id;
    }

    private static String readRtspUrl(FieldReader source) {
        String url = source.requiredString("url");
        if (url == null) {
            return null;
        }
        // error messages never show a password: they end up in logs and API responses
        String shown = FieldReader.quote(RtspSourceConfig.maskedUrl(url));
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("rtsp://") && !lower.startsWith("rtsps://")) {
            source.error("url", "must start with rtsp:// or rtsps://, got " + shown);
            return null;
        }
        try {
            if (new URI(url).getHost() == null) {
                source.error("url", "must name a host, got " + shown);
                return null;
            }
        } catch (URISyntaxException e) {
            source.error("url", "is not a valid URI (" + e.getReason()
                    + "; percent-encode special characters in user and password), got " + shown);
            return null;
        }
        return url;
    }

    private SamplingConfig readSampling(FieldReader analysis) {
        analysis.refuseUnknownKeys(ANALYSIS_KEYS);
        SamplingConfig fallback = defaults.sampling();
        double fps = analysis.number("fps", fallback.fps(), v -> v > 0 && v <= MAX_FPS,
                "greater than 0 and at most " + FieldReader.showNumber(MAX_FPS));
        int width = analysis.integer("width", fallback.width(), MIN_WIDTH, MAX_WIDTH);
        return new SamplingConfig(fps, width);
    }

    private List<ZoneRuleConfig> readZones(FieldReader channel, Map<String, String> firstPathOfId) {
        List<ZoneRuleConfig> zones = new ArrayList<>();
        for (FieldReader zone : items(channel, "zones")) {
            ZoneRuleConfig rule = readZone(zone);
            if (unique(zone, firstPathOfId) && rule != null) {
                zones.add(rule);
            }
        }
        return zones;
    }

    private List<RuleConfig> readRules(FieldReader channel, Map<String, String> firstPathOfId) {
        List<RuleConfig> read = new ArrayList<>();
        for (FieldReader item : items(channel, "rules")) {
            RuleConfig rule = rules.read(item);
            if (unique(item, firstPathOfId) && rule != null) {
                read.add(rule);
            }
        }
        return read;
    }

    /** A reader over each object of a list; items that are not objects are reported and skipped. */
    private static List<FieldReader> items(FieldReader channel, String key) {
        List<JsonNode> items = channel.list(key);
        List<FieldReader> objects = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = FieldReader.item(channel.pathOf(key), i);
            if (!items.get(i).isObject()) {
                channel.errors().add(new FieldError(path,
                        "must be an object (key: value pairs), got " + FieldReader.show(items.get(i))));
                continue;
            }
            objects.add(FieldReader.of(items.get(i), path, channel.errors()));
        }
        return objects;
    }

    /**
     * Zone and rule ids share one space: an event names its rule by id alone. Checked on the raw id,
     * so that a duplicate shows up along with the item's other problems.
     */
    private static boolean unique(FieldReader item, Map<String, String> firstPathOfId) {
        JsonNode raw = item.get("id");
        if (raw == null || !raw.isTextual() || !ID.matcher(raw.textValue()).matches()) {
            return true;
        }
        String id = raw.textValue();
        String first = firstPathOfId.putIfAbsent(id, item.pathOf("id"));
        if (first != null) {
            item.error("id", "duplicate of " + first + " " + FieldReader.quote(id));
            return false;
        }
        return true;
    }

    private ZoneRuleConfig readZone(FieldReader zone) {
        zone.refuseUnknownKeys(ZONE_KEYS);
        String id = readId(zone, "id");
        List<Point> polygon = PolygonReader.read(zone, "polygon");
        double minArea = zone.number("minArea", defaults.zoneMinArea(), v -> v > 0 && v <= 1,
                "greater than 0 and at most 1");
        var minDwell = zone.duration("minDwell", defaults.zoneMinDwell());
        var cooldown = zone.duration("cooldown", defaults.zoneCooldown());
        if (id == null || polygon == null) {
            return null;
        }
        return new ZoneRuleConfig(id, polygon, minArea, minDwell, cooldown);
    }
}
