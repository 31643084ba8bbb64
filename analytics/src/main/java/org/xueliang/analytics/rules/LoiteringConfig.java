package org.xueliang.analytics.rules;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.schedule.ArmingSchedule;

/**
 * Loitering: a confirmed track that has spent longer than {@code minDwell} inside the polygon in
 * total; stepping out for a moment pauses the count rather than resetting it. Once per track.
 *
 * @param id       rule id
 * @param polygon  the region, at least three points
 * @param classes  class labels that count; empty for any
 * @param minDwell time inside that makes it loitering
 * @param schedule when the rule is armed
 * @param cooldown quiet time after firing
 */
public record LoiteringConfig(String id, List<Point> polygon, Set<String> classes, Duration minDwell,
        ArmingSchedule schedule, Duration cooldown) implements RuleConfig {
    public LoiteringConfig {
        polygon = List.copyOf(polygon);
        classes = Set.copyOf(classes);
    }

    @Override
    public String eventType() {
        return EventTypes.LOITERING;
    }
}
