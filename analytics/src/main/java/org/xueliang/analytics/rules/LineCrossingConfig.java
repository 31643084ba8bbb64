package org.xueliang.analytics.rules;

import java.time.Duration;
import java.util.Set;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.schedule.ArmingSchedule;

/**
 * Line crossing (tripwire): the step of a confirmed track's position from one frame to the next
 * crosses the line segment in an armed direction. A track that steps back over the line within a
 * second is taken as jitter, not a second crossing.
 *
 * @param id        rule id
 * @param start     one end of the line
 * @param end       the other end; with {@code start} it defines sides A and B, see
 *                  {@link CrossingDirection}
 * @param direction which crossings count
 * @param classes   class labels that count; empty for any
 * @param schedule  when the rule is armed
 * @param cooldown  quiet time after firing
 */
public record LineCrossingConfig(String id, Point start, Point end, CrossingDirection direction,
        Set<String> classes, ArmingSchedule schedule, Duration cooldown) implements RuleConfig {
    public LineCrossingConfig {
        classes = Set.copyOf(classes);
    }

    @Override
    public String eventType() {
        return EventTypes.LINE_CROSSING;
    }
}
