package org.xueliang.alerts.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.rules.AbandonedObjectConfig;
import org.xueliang.analytics.rules.CrossingDirection;
import org.xueliang.analytics.rules.CrowdConfig;
import org.xueliang.analytics.rules.FastMovementConfig;
import org.xueliang.analytics.rules.InvalidRuleException;
import org.xueliang.analytics.rules.LineCrossingConfig;
import org.xueliang.analytics.rules.LoiteringConfig;
import org.xueliang.analytics.rules.ObjectRemovedConfig;
import org.xueliang.analytics.rules.RegionEntranceConfig;
import org.xueliang.analytics.rules.RegionExitConfig;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.rules.RuleFactory;
import org.xueliang.analytics.rules.ZoneIntrusionConfig;
import org.xueliang.analytics.schedule.ArmingSchedule;

/**
 * Reads one item of a channel's {@code rules} list into the analytics rule configuration its
 * {@code type} names, applying {@link RuleDefaults} and reporting every problem with its path.
 * Each type accepts only its own keys.
 */
final class RuleReader {
    static final List<String> TYPES = List.of("line_crossing", "zone_intrusion", "region_entrance", "region_exit",
            "loitering", "crowd", "fast_movement", "abandoned_object", "object_removed");
    static final List<String> DIRECTIONS = List.of("a_to_b", "b_to_a", "both");
    static final int MAX_CLASS_LENGTH = 64;
    static final int MAX_CROWD = 1000;
    static final double MAX_SPEED = 100;

    private static final List<String> COMMON_KEYS = List.of("id", "type", "schedule", "cooldown");

    private final RuleDefaults defaults;

    RuleReader(RuleDefaults defaults) {
        this.defaults = defaults;
    }

    /** The keys a rule of this type accepts, common keys first. */
    static List<String> keysOf(String type) {
        List<String> own = switch (type) {
            case "line_crossing" -> List.of("start", "end", "direction", "classes");
            case "zone_intrusion", "loitering" -> List.of("polygon", "classes", "minDwell");
            case "region_entrance", "region_exit" -> List.of("polygon", "classes");
            case "crowd" -> List.of("polygon", "classes", "minCount", "minDensity", "minDuration");
            case "fast_movement" -> List.of("polygon", "classes", "minSpeed", "minDuration");
            default -> List.of("polygon", "minArea", "maxArea", "minDuration");
        };
        return Stream.concat(COMMON_KEYS.stream(), own.stream()).toList();
    }

    /** The rule, or null after reporting its problems. */
    RuleConfig read(FieldReader rule) {
        int before = rule.errors().size();
        String id = ChannelSpecReader.readId(rule, "id");
        String type = readType(rule);
        if (type == null) {
            return null;
        }
        rule.refuseUnknownKeys(keysOf(type));
        ArmingSchedule schedule = ScheduleFormat.read(rule, "schedule");
        Duration cooldown = rule.duration("cooldown", defaults.cooldown());
        RuleConfig config = switch (type) {
            case "line_crossing" -> lineCrossing(rule, id, schedule, cooldown);
            case "zone_intrusion" -> new ZoneIntrusionConfig(id, polygon(rule), classes(rule),
                    rule.duration("minDwell", defaults.zoneMinDwell()), schedule, cooldown);
            case "loitering" -> new LoiteringConfig(id, polygon(rule), classes(rule),
                    rule.duration("minDwell", defaults.loiteringMinDwell()), schedule, cooldown);
            case "region_entrance" -> new RegionEntranceConfig(id, polygon(rule), classes(rule), schedule, cooldown);
            case "region_exit" -> new RegionExitConfig(id, polygon(rule), classes(rule), schedule, cooldown);
            case "crowd" -> crowd(rule, id, schedule, cooldown);
            case "fast_movement" -> new FastMovementConfig(id, polygon(rule), classes(rule),
                    rule.number("minSpeed", defaults.minSpeed(), v -> v > 0 && v <= MAX_SPEED,
                            "greater than 0 and at most " + FieldReader.showNumber(MAX_SPEED)
                                    + " (frame widths a second)"),
                    rule.duration("minDuration", defaults.fastMinDuration()), schedule, cooldown);
            default -> staticObject(rule, type, id, schedule, cooldown);
        };
        if (rule.errors().size() > before) {
            return null;
        }
        return checked(rule, config);
    }

    private static String readType(FieldReader rule) {
        if (!rule.has("type")) {
            rule.error("type", "is required, one of: " + String.join(", ", TYPES));
            return null;
        }
        return rule.choice("type", null, TYPES);
    }

    private static LineCrossingConfig lineCrossing(FieldReader rule, String id, ArmingSchedule schedule,
                                                   Duration cooldown) {
        Point start = PolygonReader.readPoint(rule, "start");
        Point end = PolygonReader.readPoint(rule, "end");
        if (start != null && start.equals(end)) {
            rule.error("end", "must differ from start, got the same point [" + FieldReader.showNumber(end.x())
                    + ", " + FieldReader.showNumber(end.y()) + "]");
        }
        String direction = rule.choice("direction", "both", DIRECTIONS);
        return new LineCrossingConfig(id, start, end,
                CrossingDirection.valueOf(direction.toUpperCase(Locale.ROOT)), classes(rule), schedule, cooldown);
    }

    private CrowdConfig crowd(FieldReader rule, String id, ArmingSchedule schedule, Duration cooldown) {
        int minCount = rule.integer("minCount", defaults.crowdMinCount(), 0, MAX_CROWD);
        double minDensity = rule.number("minDensity", 0, v -> v >= 0 && v <= 1, "between 0 and 1");
        if (minCount == 0 && minDensity == 0) {
            rule.error("minCount", "must be greater than 0 when minDensity is 0 (a crowd needs a count or a "
                    + "density), got 0");
        }
        return new CrowdConfig(id, polygon(rule), classes(rule), minCount, minDensity,
                rule.duration("minDuration", defaults.crowdMinDuration()), schedule, cooldown);
    }

    private RuleConfig staticObject(FieldReader rule, String type, String id, ArmingSchedule schedule,
                                    Duration cooldown) {
        List<Point> polygon = polygon(rule);
        double minArea = rule.number("minArea", defaults.staticMinArea(), v -> v >= 0 && v <= 1, "between 0 and 1");
        double maxArea = rule.number("maxArea", defaults.staticMaxArea(), v -> v > 0 && v <= 1,
                "greater than 0 and at most 1");
        if (maxArea < minArea) {
            rule.error("maxArea", "must be at least minArea (" + FieldReader.showNumber(minArea) + "), got "
                    + FieldReader.showNumber(maxArea));
        }
        Duration minDuration = rule.duration("minDuration", defaults.staticMinDuration());
        return type.equals("abandoned_object")
                ? new AbandonedObjectConfig(id, polygon, minArea, maxArea, minDuration, schedule, cooldown)
                : new ObjectRemovedConfig(id, polygon, minArea, maxArea, minDuration, schedule, cooldown);
    }

    private static List<Point> polygon(FieldReader rule) {
        List<Point> polygon = PolygonReader.read(rule, "polygon");
        return polygon == null ? List.of() : polygon;
    }

    /** Class labels as the detector names them ({@code person}, {@code car}, {@code motion}); empty for any. */
    private static Set<String> classes(FieldReader rule) {
        Set<String> classes = new LinkedHashSet<>();
        List<JsonNode> items = rule.list("classes");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = FieldReader.item(rule.pathOf("classes"), i);
            if (!item.isTextual() || item.textValue().isBlank() || item.textValue().length() > MAX_CLASS_LENGTH) {
                rule.errors().add(new FieldError(path, "must be a class label of 1 to " + MAX_CLASS_LENGTH
                        + " characters such as \"person\" or \"car\", got " + FieldReader.show(item)));
            } else if (!classes.add(item.textValue())) {
                rule.errors().add(new FieldError(path, "duplicate class " + FieldReader.quote(item.textValue())));
            }
        }
        return classes;
    }

    /** The analyser's own checks, so that a spec the API accepts always starts; reported on the rule. */
    private static RuleConfig checked(FieldReader rule, RuleConfig config) {
        try {
            RuleFactory.build(config);
            return config;
        } catch (InvalidRuleException e) {
            rule.errors().add(new FieldError(rule.path(), e.getMessage()));
            return null;
        }
    }
}
