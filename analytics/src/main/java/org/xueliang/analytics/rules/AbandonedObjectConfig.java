package org.xueliang.analytics.rules;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.schedule.ArmingSchedule;

/**
 * Abandoned object: something new that has stayed still inside the polygon, against the long-term
 * background, for {@code minDuration}; once per object. The object's centre must lie inside the polygon and its area
 * between the limits, which keeps parked people and lighting patches out.
 *
 * @param id          rule id
 * @param polygon     the watched region, at least three points
 * @param minArea     smallest object, as a fraction of the frame area
 * @param maxArea     largest object, as a fraction of the frame area
 * @param minDuration how long the change must last
 * @param schedule    when the rule is armed
 * @param cooldown    quiet time after firing
 */
public record AbandonedObjectConfig(String id, List<Point> polygon, double minArea, double maxArea, Duration minDuration,
        ArmingSchedule schedule, Duration cooldown) implements RuleConfig {
    public AbandonedObjectConfig {
        polygon = List.copyOf(polygon);
    }

    /** Static changes carry no class: the filter is always empty. */
    @Override
    public Set<String> classes() {
        return Set.of();
    }

    @Override
    public String eventType() {
        return EventTypes.ABANDONED_OBJECT;
    }
}
