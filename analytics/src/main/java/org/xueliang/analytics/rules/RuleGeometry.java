package org.xueliang.analytics.rules;

import java.util.List;
import org.xueliang.analytics.Point;

/** The zone, region or line of a rule, for drawing it on snapshots and for tagging track records. */
public final class RuleGeometry {
    private RuleGeometry() {
    }

    /** @return the rule's polygon (closed) or line (two points); empty for none */
    public static List<Point> outline(RuleConfig config) {
        if (config instanceof MotionZoneConfig c) {
            return c.zone().polygon();
        } else if (config instanceof ZoneIntrusionConfig c) {
            return c.polygon();
        } else if (config instanceof RegionEntranceConfig c) {
            return c.polygon();
        } else if (config instanceof RegionExitConfig c) {
            return c.polygon();
        } else if (config instanceof LineCrossingConfig c) {
            return List.of(c.start(), c.end());
        } else if (config instanceof LoiteringConfig c) {
            return c.polygon();
        } else if (config instanceof CrowdConfig c) {
            return c.polygon();
        } else if (config instanceof FastMovementConfig c) {
            return c.polygon();
        } else if (config instanceof AbandonedObjectConfig c) {
            return c.polygon();
        } else if (config instanceof ObjectRemovedConfig c) {
            return c.polygon();
        }
        return List.of();
    }

    /** @return whether the outline is a closed polygon (false for a line) */
    public static boolean closed(RuleConfig config) {
        return !(config instanceof LineCrossingConfig);
    }
}
