package org.xueliang.analytics.rules;

import java.time.Duration;
import java.util.Set;
import org.xueliang.analytics.schedule.ArmingSchedule;

/**
 * The configuration of one rule of a channel. Geometry is in normalised frame coordinates
 * (0..1 from the left and top edges). Every rule has an id unique within the channel, an
 * optional class filter (empty: any class, including {@code motion} tracks), an arming schedule
 * and a cooldown: after firing, the rule stays silent for the cooldown (0: fire on every
 * occurrence).
 */
public sealed interface RuleConfig permits ZoneIntrusionConfig, MotionZoneConfig, RegionEntranceConfig,
        RegionExitConfig, LineCrossingConfig, LoiteringConfig, CrowdConfig, FastMovementConfig,
        AbandonedObjectConfig, ObjectRemovedConfig {

    /** @return rule id, unique within the channel */
    String id();

    /** @return class labels that count; empty for any */
    Set<String> classes();

    /** @return when the rule may fire */
    ArmingSchedule schedule();

    /** @return quiet time after firing */
    Duration cooldown();

    /** @return the event type the rule raises, one of {@link org.xueliang.analytics.EventTypes} */
    String eventType();
}
