package org.xueliang.analytics.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.track.TrackedObject;

/**
 * Zone intrusion on tracks ({@link ZoneIntrusionConfig}). The dwell runs from the first position
 * seen inside and restarts when the track is seen outside; an occluded track keeps its dwell.
 * Fires once per track and entry; an occurrence swallowed by the cooldown counts as reported,
 * one outside the schedule fires once the rule is armed if the track is still inside.
 */
final class TrackZoneIntrusionRule implements Rule {
    private final ZoneIntrusionConfig config;
    private final ZonePolygon zone;
    private final RuleGuard guard;
    private final TrackStates<State> states = new TrackStates<>(State::new);

    private static final class State {
        Instant insideSince;
        boolean reported;
    }

    TrackZoneIntrusionRule(ZoneIntrusionConfig config, ZonePolygon zone) {
        this.config = config;
        this.zone = zone;
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
                if (!zone.contains(t.foot())) {
                    s.insideSince = null;
                    s.reported = false;
                } else if (s.insideSince == null) {
                    s.insideSince = t.lastSeen();
                }
            }
            if (s.insideSince == null || s.reported || !Firings.counts(config.classes(), t)) {
                continue;
            }
            Duration dwell = Duration.between(s.insideSince, scene.time());
            if (dwell.compareTo(config.minDwell()) < 0) {
                continue;
            }
            RuleGuard.Verdict verdict = guard.check(scene.time());
            if (verdict == RuleGuard.Verdict.FIRE) {
                firings.add(Firings.ofTrack(config, scene.time(), t,
                        Map.of(EventTypes.DWELL_SECONDS, Firings.seconds(dwell))));
            }
            s.reported = verdict != RuleGuard.Verdict.DISARMED;
        }
        return firings;
    }
}
