package org.xueliang.analytics.rules;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.schedule.ArmingSchedule;

/**
 * Zone intrusion on tracks: a confirmed track whose position (bottom centre of its box) stays
 * inside the polygon for {@code minDwell} fires once per track and entry.
 *
 * @param id       rule id
 * @param polygon  the zone, at least three points
 * @param classes  class labels that count; empty for any
 * @param minDwell how long the track must stay inside
 * @param schedule when the rule is armed
 * @param cooldown quiet time after firing
 */
public record ZoneIntrusionConfig(String id, List<Point> polygon, Set<String> classes, Duration minDwell,
        ArmingSchedule schedule, Duration cooldown) implements RuleConfig {
    public ZoneIntrusionConfig {
        polygon = List.copyOf(polygon);
        classes = Set.copyOf(classes);
    }

    @Override
    public String eventType() {
        return EventTypes.ZONE_INTRUSION;
    }
}
