package org.xueliang.analytics.rules;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.schedule.ArmingSchedule;

/**
 * Region exit: a confirmed track whose position was seen inside the polygon and then outside.
 * A track lost inside (occluded, or gone out of view) has not exited. Once per track.
 *
 * @param id       rule id
 * @param polygon  the region, at least three points
 * @param classes  class labels that count; empty for any
 * @param schedule when the rule is armed
 * @param cooldown quiet time after firing
 */
public record RegionExitConfig(String id, List<Point> polygon, Set<String> classes, ArmingSchedule schedule,
        Duration cooldown) implements RuleConfig {
    public RegionExitConfig {
        polygon = List.copyOf(polygon);
        classes = Set.copyOf(classes);
    }

    @Override
    public String eventType() {
        return EventTypes.REGION_EXIT;
    }
}
