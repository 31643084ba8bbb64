package org.xueliang.analytics.rules;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.schedule.ArmingSchedule;

/**
 * Crowd gathering: at least {@code minCount} confirmed tracks inside the polygon, or moving
 * foreground covering at least {@code minDensity} of it, for {@code minDuration}. Fires once per
 * gathering; the gathering must disperse before the rule fires again.
 *
 * @param id          rule id
 * @param polygon     the region, at least three points
 * @param classes     class labels that count; empty for any
 * @param minCount    tracks that make a crowd; 0 to judge by density only
 * @param minDensity  fraction of the region (0..1] covered by moving foreground that makes a
 *                    crowd; 0 to judge by count only
 * @param minDuration how long the crowd must last
 * @param schedule    when the rule is armed
 * @param cooldown    quiet time after firing
 */
public record CrowdConfig(String id, List<Point> polygon, Set<String> classes, int minCount, double minDensity,
        Duration minDuration, ArmingSchedule schedule, Duration cooldown) implements RuleConfig {
    public CrowdConfig {
        polygon = List.copyOf(polygon);
        classes = Set.copyOf(classes);
    }

    @Override
    public String eventType() {
        return EventTypes.CROWD;
    }
}
