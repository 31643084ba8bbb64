package org.xueliang.analytics.rules;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.schedule.ArmingSchedule;

/**
 * Fast movement (running, a vehicle speeding): a confirmed track inside the polygon whose speed
 * over the last second stays above {@code minSpeed} for {@code minDuration}. Once per track.
 *
 * @param id          rule id
 * @param polygon     where speed is watched, at least three points
 * @param classes     class labels that count; empty for any
 * @param minSpeed    normalised frame units a second (0.5: half the frame width a second)
 * @param minDuration how long the speed must last, so that one jump of a box does not count
 * @param schedule    when the rule is armed
 * @param cooldown    quiet time after firing
 */
public record FastMovementConfig(String id, List<Point> polygon, Set<String> classes, double minSpeed,
        Duration minDuration, ArmingSchedule schedule, Duration cooldown) implements RuleConfig {
    public FastMovementConfig {
        polygon = List.copyOf(polygon);
        classes = Set.copyOf(classes);
    }

    @Override
    public String eventType() {
        return EventTypes.FAST_MOVEMENT;
    }
}
