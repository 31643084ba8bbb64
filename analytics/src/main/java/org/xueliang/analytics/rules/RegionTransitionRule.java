package org.xueliang.analytics.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xueliang.analytics.track.TrackedObject;

/**
 * Region entrance and exit ({@link RegionEntranceConfig}, {@link RegionExitConfig}): a confirmed
 * track whose position was seen on one side of the region's border and then on the other. A
 * transition made before the track is confirmed fires on confirmation if the track is still on
 * the new side. Once per track; a transition outside the schedule is dropped.
 */
final class RegionTransitionRule implements Rule {
    private final RuleConfig config;
    private final ZonePolygon region;
    private final boolean entering;
    private final Set<String> classes;
    private final RuleGuard guard;
    private final TrackStates<State> states = new TrackStates<>(State::new);

    private static final class State {
        Boolean inside;
        boolean pending;
        boolean done;
    }

    private RegionTransitionRule(RuleConfig config, ZonePolygon region, boolean entering) {
        this.config = config;
        this.region = region;
        this.entering = entering;
        this.classes = config.classes();
        this.guard = new RuleGuard(config.schedule(), config.cooldown());
    }

    static RegionTransitionRule entrance(RegionEntranceConfig config, ZonePolygon region) {
        return new RegionTransitionRule(config, region, true);
    }

    static RegionTransitionRule exit(RegionExitConfig config, ZonePolygon region) {
        return new RegionTransitionRule(config, region, false);
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
                if (s.inside != null && inside != s.inside) {
                    s.pending = inside == entering;
                }
                s.inside = inside;
            }
            if (!s.pending || s.done || !t.confirmed()) {
                continue;
            }
            s.pending = false;
            if (!Firings.counts(classes, t)) {
                continue;
            }
            RuleGuard.Verdict verdict = guard.check(scene.time());
            if (verdict == RuleGuard.Verdict.FIRE) {
                firings.add(Firings.ofTrack(config, scene.time(), t, Map.of()));
            }
            s.done = verdict != RuleGuard.Verdict.DISARMED;
        }
        return firings;
    }
}
