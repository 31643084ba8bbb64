package org.xueliang.analytics.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.track.TrackedObject;

/**
 * Line crossing ({@link LineCrossingConfig}). Each observed step of a track's position is tested
 * against the line segment. A track's first crossing always counts; a later one counts only if
 * the track had stayed on the side it leaves for {@link #SETTLE}, so that a person standing on
 * the line and swaying is one crossing, not ten. A crossing made before the track is confirmed
 * fires on confirmation. Crossings in a direction that is not armed, outside the schedule or in
 * the cooldown are dropped.
 */
final class LineCrossingRule implements Rule {
    /** Time on a side before leaving it again counts as a new crossing. */
    static final Duration SETTLE = Duration.ofSeconds(1);

    private final LineCrossingConfig config;
    private final LineSegment line;
    private final RuleGuard guard;
    private final TrackStates<State> states = new TrackStates<>(State::new);

    private static final class State {
        int side;
        Instant sideSince;
        Instant lastPoint;
        /** The last foot point off the line: a step that lands exactly on it is measured from here. */
        Point offLine;
        boolean crossedBefore;
        CrossingDirection pending;
    }

    LineCrossingRule(LineCrossingConfig config, LineSegment line) {
        this.config = config;
        this.line = line;
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
                follow(s, t);
            }
            if (s.pending == null || !t.confirmed()) {
                continue;
            }
            CrossingDirection crossed = s.pending;
            s.pending = null;
            if (armed(crossed) && Firings.counts(config.classes(), t)
                    && guard.check(scene.time()) == RuleGuard.Verdict.FIRE) {
                firings.add(Firings.ofTrack(config, scene.time(), t, Map.of(EventTypes.DIRECTION, crossed.name())));
            }
        }
        return firings;
    }

    /** Updates the track's side and notes a counted crossing as pending. */
    private void follow(State s, TrackedObject t) {
        Point to = t.foot();
        int side = (int) Math.signum(line.side(to));
        if (s.sideSince == null) {
            s.side = side;
            s.sideSince = t.lastSeen();
        } else if (side != 0 && side != s.side) {
            Point from = s.offLine != null ? s.offLine : t.previousFoot();
            boolean settled = !s.crossedBefore
                    || Duration.between(s.sideSince, s.lastPoint).compareTo(SETTLE) >= 0;
            if (s.side != 0 && from != null && line.crossedBy(from, to)) {
                if (settled) {
                    s.pending = s.side > 0 ? CrossingDirection.A_TO_B : CrossingDirection.B_TO_A;
                }
                s.crossedBefore = true;
            }
            s.side = side;
            s.sideSince = t.lastSeen();
        }
        if (side != 0) {
            s.offLine = to;
        }
        s.lastPoint = t.lastSeen();
    }

    private boolean armed(CrossingDirection crossed) {
        return config.direction() == CrossingDirection.BOTH || config.direction() == crossed;
    }
}
