package org.xueliang.analytics.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.track.TrackedObject;

/**
 * Fast movement ({@link FastMovementConfig}): a track inside the region whose speed, measured by
 * the tracker over about the last second, stays above the limit on every observation for the
 * minimum duration. Once per track.
 */
final class FastMovementRule implements Rule {
    private final FastMovementConfig config;
    private final ZonePolygon region;
    private final RuleGuard guard;
    private final TrackStates<State> states = new TrackStates<>(State::new);

    private static final class State {
        Instant fastSince;
        boolean reported;
    }

    FastMovementRule(FastMovementConfig config, ZonePolygon region) {
        this.config = config;
        this.region = region;
        this.guard = new RuleGuard(config.schedule(), config.cooldown());
    }

    @Override
    public RuleConfig config() {
        return config;
    }

    @Override
    public List<RuleFiring> evaluate(Scene scene) {
        states.retain(scene.tracks());
        List<RuleFiring> firings = new ArrayList<>(0);
        for (TrackedObject t : scene.tracks()) {
            State s = states.of(t);
            if (t.observedNow()) {
                boolean fast = t.speed() > config.minSpeed() && region.contains(t.foot());
                if (!fast) {
                    s.fastSince = null;
                } else if (s.fastSince == null) {
                    s.fastSince = t.lastSeen();
                }
            }
            if (s.fastSince == null || s.reported || !Firings.counts(config.classes(), t)
                    || Duration.between(s.fastSince, scene.time()).compareTo(config.minDuration()) < 0) {
                continue;
            }
            RuleGuard.Verdict verdict = guard.check(scene.time());
            if (verdict == RuleGuard.Verdict.FIRE) {
                firings.add(Firings.ofTrack(config, scene.time(), t,
                        Map.of(EventTypes.SPEED, Firings.number(t.speed()))));
            }
            s.reported = verdict != RuleGuard.Verdict.DISARMED;
        }
        return firings;
    }
}
