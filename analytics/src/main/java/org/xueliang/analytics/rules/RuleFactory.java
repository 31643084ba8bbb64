package org.xueliang.analytics.rules;

import java.time.Duration;
import java.util.List;
import org.xueliang.analytics.Point;

/** Checks a {@link RuleConfig} and builds its {@link Rule}; messages name the rule and the field. */
public final class RuleFactory {
    private RuleFactory() {
    }

    /**
     * @param config the rule's configuration
     * @return a fresh rule with empty state
     * @throws InvalidRuleException when the configuration cannot be used
     * @throws InvalidZoneRuleException for a {@link MotionZoneConfig} whose zone cannot be used
     */
    public static Rule build(RuleConfig config) {
        if (config == null) {
            throw new InvalidRuleException("rule configuration must not be null");
        }
        if (config instanceof MotionZoneConfig c) {
            // the first release's zones keep their own checks and messages
            require(c.schedule() != null, "zone rule '" + c.zone().id() + "': schedule must not be null");
            return new MotionZoneRule(c);
        }
        checkCommon(config);
        String where = "rule '" + config.id() + "': ";
        if (config instanceof ZoneIntrusionConfig c) {
            nonNegative(where, "minDwell", c.minDwell());
            return new TrackZoneIntrusionRule(c, polygon(where, c.polygon()));
        } else if (config instanceof RegionEntranceConfig c) {
            return RegionTransitionRule.entrance(c, polygon(where, c.polygon()));
        } else if (config instanceof RegionExitConfig c) {
            return RegionTransitionRule.exit(c, polygon(where, c.polygon()));
        } else if (config instanceof LineCrossingConfig c) {
            return lineCrossing(where, c);
        } else if (config instanceof LoiteringConfig c) {
            nonNegative(where, "minDwell", c.minDwell());
            return new LoiteringRule(c, polygon(where, c.polygon()));
        } else if (config instanceof CrowdConfig c) {
            return crowd(where, c);
        } else if (config instanceof FastMovementConfig c) {
            require(c.minSpeed() > 0 && Double.isFinite(c.minSpeed()), where + "minSpeed must be greater than 0, got "
                    + c.minSpeed());
            nonNegative(where, "minDuration", c.minDuration());
            return new FastMovementRule(c, polygon(where, c.polygon()));
        } else if (config instanceof AbandonedObjectConfig c) {
            staticLimits(where, c.minArea(), c.maxArea(), c.minDuration());
            return new StaticObjectRule(c, polygon(where, c.polygon()));
        } else if (config instanceof ObjectRemovedConfig c) {
            staticLimits(where, c.minArea(), c.maxArea(), c.minDuration());
            return new StaticObjectRule(c, polygon(where, c.polygon()));
        }
        throw new InvalidRuleException(where + "unsupported rule type " + config.getClass().getSimpleName());
    }

    private static void checkCommon(RuleConfig config) {
        String id = config.id();
        if (id == null || id.isBlank()) {
            throw new InvalidRuleException("rule id must not be blank, got '" + id + "'");
        }
        String where = "rule '" + id + "': ";
        require(config.schedule() != null, where + "schedule must not be null (use ArmingSchedule.always())");
        require(config.classes() != null, where + "classes must not be null (empty for any class)");
        nonNegative(where, "cooldown", config.cooldown());
    }

    private static Rule lineCrossing(String where, LineCrossingConfig c) {
        require(c.direction() != null, where + "direction must be one of A_TO_B, B_TO_A, BOTH, got null");
        try {
            return new LineCrossingRule(c, new LineSegment(c.start(), c.end()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleException(where + e.getMessage());
        }
    }

    private static Rule crowd(String where, CrowdConfig c) {
        require(c.minCount() >= 0, where + "minCount must be zero or positive, got " + c.minCount());
        require(c.minDensity() >= 0 && c.minDensity() <= 1,
                where + "minDensity must be between 0 and 1, got " + c.minDensity());
        require(c.minCount() > 0 || c.minDensity() > 0,
                where + "minCount or minDensity must be greater than 0, got both 0");
        nonNegative(where, "minDuration", c.minDuration());
        return new CrowdRule(c, polygon(where, c.polygon()));
    }

    private static void staticLimits(String where, double minArea, double maxArea, Duration minDuration) {
        require(minArea >= 0 && maxArea <= 1 && minArea <= maxArea,
                where + "area limits must satisfy 0 <= minArea <= maxArea <= 1, got " + minArea + ".." + maxArea);
        nonNegative(where, "minDuration", minDuration);
    }

    private static ZonePolygon polygon(String where, List<Point> points) {
        try {
            return new ZonePolygon(points);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRuleException(where + "polygon: " + e.getMessage());
        }
    }

    private static void nonNegative(String where, String key, Duration d) {
        require(d != null && !d.isNegative(), where + key + " must be zero or positive, got " + d);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new InvalidRuleException(message);
        }
    }
}
