package org.xueliang.analytics.rules;

import java.time.Duration;
import java.util.Set;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.ZoneRuleConfig;
import org.xueliang.analytics.schedule.ArmingSchedule;

/**
 * Zone intrusion on raw motion, as the first release did it ({@link ZoneIntrusionRule}): moving
 * foreground of at least the zone's minimum area in the zone for its dwell, no tracking, no
 * class. Kept for channels configured with {@link ZoneRuleConfig}s.
 *
 * @param zone     the zone rule
 * @param schedule when the rule is armed
 */
public record MotionZoneConfig(ZoneRuleConfig zone, ArmingSchedule schedule) implements RuleConfig {

    @Override
    public String id() {
        return zone.id();
    }

    @Override
    public Set<String> classes() {
        return Set.of();
    }

    @Override
    public Duration cooldown() {
        return zone.cooldown();
    }

    @Override
    public String eventType() {
        return EventTypes.ZONE_INTRUSION;
    }
}
