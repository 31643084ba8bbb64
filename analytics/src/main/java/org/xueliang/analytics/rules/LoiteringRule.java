package org.xueliang.analytics.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.track.TrackedObject;

/**
 * Loitering ({@link LoiteringConfig}): sums, per track, the time between consecutive observed
 * positions that both lie inside the region; fires once per track when the sum reaches the
 * dwell. Time spent outside pauses the sum; a swallowed occurrence counts as reported, one
 * outside the schedule fires once armed.
 */
final class LoiteringRule implements Rule {
    private final LoiteringConfig config;
    private final ZonePolygon region;
    private final RuleGuard guard;
    private final TrackStates<State> states = new TrackStates<>(State::new);

    private static final class State {
        Duration inside = Duration.ZERO;
        Instant lastTime;
        boolean lastInside;
        boolean reported;
    }

    LoiteringRule(LoiteringConfig config, ZonePolygon region) {
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
                boolean inside = region.contains(t.foot());
                if (inside && s.lastInside && t.lastSeen().isAfter(s.lastTime)) {
                    s.inside = s.inside.plus(Duration.between(s.lastTime, t.lastSeen()));
                }
                s.lastTime = t.lastSeen();
                s.lastInside = inside;
            }
            if (s.reported || s.inside.compareTo(config.minDwell()) < 0 || !Firings.counts(config.classes(), t)) {
                continue;
            }
            RuleGuard.Verdict verdict = guard.check(scene.time());
            if (verdict == RuleGuard.Verdict.FIRE) {
                firings.add(Firings.ofTrack(config, scene.time(), t,
                        Map.of(EventTypes.DWELL_SECONDS, Firings.seconds(s.inside))));
            }
            s.reported = verdict != RuleGuard.Verdict.DISARMED;
        }
        return firings;
    }
}
