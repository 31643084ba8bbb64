package org.xueliang.analytics.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.track.TrackedObject;

/**
 * Crowd gathering ({@link CrowdConfig}). The crowd condition (enough confirmed tracks inside, or
 * enough moving foreground) may lapse for up to {@link #MAX_GAP} without ending the gathering, as
 * tracks flicker. Fires once the gathering has lasted the minimum duration, then not again until
 * it has dispersed; a gathering swallowed by the cooldown counts as reported.
 */
final class CrowdRule implements Rule {
    /** How long the condition may lapse within one gathering. */
    static final Duration MAX_GAP = Duration.ofSeconds(1);

    private final CrowdConfig config;
    private final ZonePolygon region;
    private final ForegroundDensity density;
    private final RuleGuard guard;
    private Instant since;
    private Instant lastTrue;
    private boolean reported;

    CrowdRule(CrowdConfig config, ZonePolygon region) {
        this.config = config;
        this.region = region;
        this.density = new ForegroundDensity(region);
        this.guard = new RuleGuard(config.schedule(), config.cooldown());
    }

    @Override
    public RuleConfig config() {
        return config;
    }

    @Override
    public List<RuleFiring> evaluate(Scene scene) {
        Instant now = scene.time();
        if (lastTrue != null && now.isBefore(lastTrue)) {
            since = null;
            lastTrue = null;
        }
        List<TrackedObject> inside = scene.tracks().stream()
                .filter(t -> Firings.counts(config.classes(), t) && region.contains(t.foot())).toList();
        double covered = config.minDensity() > 0 ? density.of(scene.foreground().get()) : 0;
        boolean crowd = (config.minCount() > 0 && inside.size() >= config.minCount())
                || (config.minDensity() > 0 && covered >= config.minDensity());
        if (crowd) {
            if (since == null || Duration.between(lastTrue, now).compareTo(MAX_GAP) > 0) {
                since = now;
                reported = false;
            }
            lastTrue = now;
        } else if (lastTrue != null && Duration.between(lastTrue, now).compareTo(MAX_GAP) > 0) {
            since = null;
            reported = false;
        }
        if (!crowd || reported || Duration.between(since, now).compareTo(config.minDuration()) < 0) {
            return List.of();
        }
        RuleGuard.Verdict verdict = guard.check(now);
        reported = verdict != RuleGuard.Verdict.DISARMED;
        if (verdict != RuleGuard.Verdict.FIRE) {
            return List.of();
        }
        return List.of(firing(now, inside, covered));
    }

    private RuleFiring firing(Instant now, List<TrackedObject> inside, double covered) {
        List<Box> boxes = inside.stream().map(TrackedObject::box).toList();
        List<Long> ids = inside.stream().map(TrackedObject::id).toList();
        Map<String, String> details = new HashMap<>();
        details.put(EventTypes.COUNT, Integer.toString(inside.size()));
        details.put(EventTypes.DENSITY, Firings.number(covered));
        details.put(EventTypes.TRACK_IDS, ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        return new RuleFiring(config.id(), config.eventType(), now, boxes, ids, details);
    }
}
