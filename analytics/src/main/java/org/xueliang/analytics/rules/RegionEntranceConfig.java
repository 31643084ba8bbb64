package org.xueliang.analytics.rules;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.schedule.ArmingSchedule;

/**
 * Region entrance: a confirmed track whose position was seen outside the polygon and then
 * inside. A track first seen inside has not entered. Once per track.
 *
 * @param id       rule id
 * @param polygon  the region, at least three points
 * @param classes  class labels that count; empty for any
 * @param schedule when the rule is armed
 * @param cooldown quiet time after firing
 */
public record RegionEntranceConfig(String id, List<Point> polygon, Set<String> classes, ArmingSchedule schedule,
        Duration cooldown) implements RuleConfig {
    public RegionEntranceConfig {
        polygon = List.copyOf(polygon);
        classes = Set.copyOf(classes);
    }

    @Override
    public String eventType() {
        return EventTypes.REGION_ENTRANCE;
    }
}
