package org.xueliang.analytics.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link MotionZoneConfig}: the first release's {@link ZoneIntrusionRule} behind an arming
 * schedule. Outside the schedule the zone is not evaluated at all, so presence starts afresh
 * when it is armed again.
 */
final class MotionZoneRule implements Rule {
    private final MotionZoneConfig config;
    private final ZoneIntrusionRule rule;

    MotionZoneRule(MotionZoneConfig config) {
        this.config = config;
        this.rule = new ZoneIntrusionRule(config.zone());
    }

    @Override
    public RuleConfig config() {
        return config;
    }

    @Override
    public List<RuleFiring> evaluate(Scene scene) {
        if (!config.schedule().isArmed(scene.time())) {
            return List.of();
        }
        Optional<ZoneFiring> firing = rule.evaluate(scene.blobs(), scene.time());
        return firing.map(f -> List.of(new RuleFiring(f.ruleId(), config.eventType(), f.time(), f.boxes(), List.of(),
                Map.of()))).orElse(List.of());
    }
}
