package org.xueliang.analytics.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.motion.StaticChange;

/**
 * Abandoned object and object removed ({@link AbandonedObjectConfig},
 * {@link ObjectRemovedConfig}): a static change of the rule's kind, centred inside the region,
 * within the area limits, that has lasted the minimum duration. Once per change.
 */
final class StaticObjectRule implements Rule {
    private final RuleConfig config;
    private final ZonePolygon region;
    private final StaticChange.Kind kind;
    private final double minArea;
    private final double maxArea;
    private final Duration minDuration;
    private final RuleGuard guard;
    private final Set<Long> reported = new HashSet<>();

    StaticObjectRule(AbandonedObjectConfig c, ZonePolygon region) {
        this(c, region, StaticChange.Kind.APPEARED, c.minArea(), c.maxArea(), c.minDuration());
    }

    StaticObjectRule(ObjectRemovedConfig c, ZonePolygon region) {
        this(c, region, StaticChange.Kind.DISAPPEARED, c.minArea(), c.maxArea(), c.minDuration());
    }

    private StaticObjectRule(RuleConfig config, ZonePolygon region, StaticChange.Kind kind, double minArea,
            double maxArea, Duration minDuration) {
        this.config = config;
        this.region = region;
        this.kind = kind;
        this.minArea = minArea;
        this.maxArea = maxArea;
        this.minDuration = minDuration;
        this.guard = new RuleGuard(config.schedule(), config.cooldown());
    }

    @Override
    public RuleConfig config() {
        return config;
    }

    @Override
    public List<RuleFiring> evaluate(Scene scene) {
        Set<Long> live = new HashSet<>();
        List<RuleFiring> firings = new ArrayList<>(0);
        for (StaticChange c : scene.staticChanges()) {
            live.add(c.id());
            if (c.kind() != kind || reported.contains(c.id()) || !qualifies(c)) {
                continue;
            }
            Duration lasted = Duration.between(c.since(), scene.time());
            if (lasted.compareTo(minDuration) < 0) {
                continue;
            }
            RuleGuard.Verdict verdict = guard.check(scene.time());
            if (verdict == RuleGuard.Verdict.FIRE) {
                firings.add(new RuleFiring(config.id(), config.eventType(), scene.time(), List.of(c.box()), List.of(),
                        Map.of(EventTypes.DWELL_SECONDS, Firings.seconds(lasted))));
            }
            if (verdict != RuleGuard.Verdict.DISARMED) {
                reported.add(c.id());
            }
        }
        reported.retainAll(live);
        return firings;
    }

    private boolean qualifies(StaticChange c) {
        double cx = c.box().x() + c.box().width() / 2;
        double cy = c.box().y() + c.box().height() / 2;
        return c.area() >= minArea && c.area() <= maxArea && region.contains(cx, cy);
    }
}
