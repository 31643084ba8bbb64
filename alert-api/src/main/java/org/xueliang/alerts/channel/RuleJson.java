package org.xueliang.alerts.channel;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.rules.AbandonedObjectConfig;
import org.xueliang.analytics.rules.CrowdConfig;
import org.xueliang.analytics.rules.FastMovementConfig;
import org.xueliang.analytics.rules.LineCrossingConfig;
import org.xueliang.analytics.rules.LoiteringConfig;
import org.xueliang.analytics.rules.ObjectRemovedConfig;
import org.xueliang.analytics.rules.RegionEntranceConfig;
import org.xueliang.analytics.rules.RegionExitConfig;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.rules.ZoneIntrusionConfig;

/** Writes a channel rule in the shape {@link RuleReader} reads, every field spelled out, keys in reading order. */
final class RuleJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RuleJson() {
    }

    static ObjectNode write(RuleConfig rule) {
        ObjectNode json = NODES.objectNode();
        json.put("id", rule.id());
        json.put("type", type(rule));
        json.set("schedule", ScheduleFormat.write(rule.schedule()));
        json.put("cooldown", DurationFormat.format(rule.cooldown()));
        if (rule instanceof LineCrossingConfig c) {
            json.set("start", point(c.start()));
            json.set("end", point(c.end()));
            json.put("direction", c.direction().name().toLowerCase(Locale.ROOT));
            classes(json, c.classes());
        } else if (rule instanceof ZoneIntrusionConfig c) {
            tracked(json, c.polygon(), c.classes());
            duration(json, "minDwell", c.minDwell());
        } else if (rule instanceof LoiteringConfig c) {
            tracked(json, c.polygon(), c.classes());
            duration(json, "minDwell", c.minDwell());
        } else if (rule instanceof RegionEntranceConfig c) {
            tracked(json, c.polygon(), c.classes());
        } else if (rule instanceof RegionExitConfig c) {
            tracked(json, c.polygon(), c.classes());
        } else if (rule instanceof CrowdConfig c) {
            tracked(json, c.polygon(), c.classes());
            json.put("minCount", c.minCount());
            ChannelSpecJson.putNumber(json, "minDensity", c.minDensity());
            duration(json, "minDuration", c.minDuration());
        } else if (rule instanceof FastMovementConfig c) {
            tracked(json, c.polygon(), c.classes());
            ChannelSpecJson.putNumber(json, "minSpeed", c.minSpeed());
            duration(json, "minDuration", c.minDuration());
        } else if (rule instanceof AbandonedObjectConfig c) {
            staticObject(json, c.polygon(), c.minArea(), c.maxArea(), c.minDuration());
        } else if (rule instanceof ObjectRemovedConfig c) {
            staticObject(json, c.polygon(), c.minArea(), c.maxArea(), c.minDuration());
        } else {
            throw new IllegalArgumentException("rule " + rule.id() + " of type " + rule.getClass().getSimpleName()
                    + " has no channel spec form");
        }
        return json;
    }

    /** The spec's name of a rule's type: {@code line_crossing} for {@link LineCrossingConfig}. */
    static String type(RuleConfig rule) {
        return rule.eventType().toLowerCase(Locale.ROOT);
    }

    private static void tracked(ObjectNode json, List<Point> polygon, Set<String> classes) {
        json.set("polygon", ChannelSpecJson.polygon(polygon));
        classes(json, classes);
    }

    private static void staticObject(ObjectNode json, List<Point> polygon, double minArea, double maxArea,
                                     Duration minDuration) {
        json.set("polygon", ChannelSpecJson.polygon(polygon));
        ChannelSpecJson.putNumber(json, "minArea", minArea);
        ChannelSpecJson.putNumber(json, "maxArea", maxArea);
        duration(json, "minDuration", minDuration);
    }

    /** Sorted, so that the same set is always written the same way. */
    private static void classes(ObjectNode json, Set<String> classes) {
        ArrayNode list = json.putArray("classes");
        classes.stream().sorted().forEach(list::add);
    }

    private static ArrayNode point(Point point) {
        return NODES.arrayNode().add(point.x()).add(point.y());
    }

    private static void duration(ObjectNode json, String key, Duration value) {
        json.put(key, DurationFormat.format(value));
    }
}
