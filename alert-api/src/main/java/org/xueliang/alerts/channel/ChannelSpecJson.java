package org.xueliang.alerts.channel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.ZoneRuleConfig;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.Gb28181SourceConfig;
import org.xueliang.ingest.MediaTransport;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.SamplingConfig;
import org.xueliang.ingest.SourceConfig;

/**
 * Writes a {@link ChannelSpec} as a JSON object in the shape {@link ChannelSpecReader} accepts,
 * with every default spelled out, so that an unmasked object reads back as an equal spec.
 */
public final class ChannelSpecJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ChannelSpecJson() {
    }

    /**
     * The spec as JSON.
     *
     * @param maskSecrets replace passwords in RTSP URLs with {@code ***} (for API output and logs)
     */
    public static ObjectNode toJson(ChannelSpec spec, boolean maskSecrets) {
        ObjectNode json = NODES.objectNode();
        json.put("id", spec.id());
        json.put("name", spec.name());
        json.set("source", source(spec.source(), maskSecrets));
        json.set("analysis", analysis(spec.sampling()));
        ArrayNode zones = json.putArray("zones");
        spec.zones().forEach(zone -> zones.add(zone(zone)));
        ArrayNode rules = json.putArray("rules");
        spec.rules().forEach(rule -> rules.add(RuleJson.write(rule)));
        return json;
    }

    private static ObjectNode source(SourceConfig source, boolean maskSecrets) {
        ObjectNode json = NODES.objectNode();
        if (source instanceof FileSourceConfig file) {
            json.put("type", "file");
            json.put("path", file.path().toString());
            json.put("loop", file.loop());
        } else if (source instanceof RtspSourceConfig rtsp) {
            json.put("type", "rtsp");
            json.put("url", maskSecrets ? RtspSourceConfig.maskedUrl(rtsp.url()) : rtsp.url());
            json.put("transport", rtsp.transport().name().toLowerCase(Locale.ROOT));
            json.put("connectTimeout", DurationFormat.format(rtsp.connectTimeout()));
            json.put("readTimeout", DurationFormat.format(rtsp.readTimeout()));
        } else if (source instanceof Gb28181SourceConfig gb) {
            json.put("type", "gb28181");
            json.put("deviceId", gb.deviceId());
            json.put("channelId", gb.channelId());
            json.put("transport", gb.transport() == MediaTransport.TCP_PASSIVE ? "tcp" : "udp");
        }
        return json;
    }

    private static ObjectNode analysis(SamplingConfig sampling) {
        ObjectNode json = NODES.objectNode();
        putNumber(json, "fps", sampling.fps());
        json.put("width", sampling.width());
        return json;
    }

    private static ObjectNode zone(ZoneRuleConfig zone) {
        ObjectNode json = NODES.objectNode();
        json.put("id", zone.id());
        json.set("polygon", polygon(zone.polygon()));
        putNumber(json, "minArea", zone.minArea());
        json.put("minDwell", DurationFormat.format(zone.minDwell()));
        json.put("cooldown", DurationFormat.format(zone.cooldown()));
        return json;
    }

    static ArrayNode polygon(List<Point> points) {
        ArrayNode polygon = NODES.arrayNode();
        for (Point point : points) {
            polygon.addArray().add(point.x()).add(point.y());
        }
        return polygon;
    }

    /** Whole numbers are written without a fraction ({@code 5}, not {@code 5.0}), as people write them. */
    static void putNumber(ObjectNode json, String key, double value) {
        if (value == Math.rint(value) && Math.abs(value) < Integer.MAX_VALUE) {
            json.put(key, (int) value);
        } else {
            json.put(key, value);
        }
    }
}
