package org.xueliang.analytics.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.track.TrackedObject;

/**
 * Scripted tracks for rule tests: each frame lists where each track's feet are; the feed keeps
 * what the tracker would (previous position, first and last seen, hits) and builds the
 * {@link Scene}. Frame n is captured at {@link #T0} + n x 200 ms (5 fps). A track is confirmed
 * from its {@code confirmAfter}-th observation.
 */
final class TrackFeed {
    /** Monday 3 March 2025, 10:00 UTC. */
    static final Instant T0 = Instant.parse("2025-03-03T10:00:00Z");
    static final Duration STEP = Duration.ofMillis(200);

    private final int confirmAfter;
    private final Map<Long, State> states = new HashMap<>();

    private static final class State {
        Point foot;
        Instant firstSeen;
        Instant lastSeen;
        int hits;
        int missed;
    }

    /** One track on one frame: seen at a position, or hidden (occluded, still live). */
    record Obj(long id, String label, Point foot, double speed, boolean hidden) {
        Obj as(String newLabel) {
            return new Obj(id, newLabel, foot, speed, hidden);
        }

        Obj speed(double newSpeed) {
            return new Obj(id, label, foot, newSpeed, hidden);
        }
    }

    TrackFeed(int confirmAfter) {
        this.confirmAfter = confirmAfter;
    }

    /** A feed whose tracks are confirmed from their first observation. */
    TrackFeed() {
        this(1);
    }

    static Obj at(long id, double x, double y) {
        return new Obj(id, "person", new Point(x, y), 0, false);
    }

    static Obj hidden(long id) {
        return new Obj(id, "person", null, 0, true);
    }

    static Instant time(int frame) {
        return T0.plus(STEP.multipliedBy(frame));
    }

    /** @return the scene of frame {@code n}; tracks not listed have ended */
    Scene frame(int n, Obj... objects) {
        Instant t = time(n);
        List<TrackedObject> tracks = new ArrayList<>();
        Map<Long, State> next = new HashMap<>();
        for (Obj o : objects) {
            State s = states.getOrDefault(o.id(), new State());
            Point previous = s.foot;
            if (o.hidden()) {
                s.missed++;
                previous = null;
            } else {
                s.missed = 0;
                s.hits++;
                if (s.firstSeen == null) {
                    s.firstSeen = t;
                }
                s.lastSeen = t;
            }
            Point foot = o.hidden() ? s.foot : o.foot();
            Point before = o.hidden() ? null : previous;
            Box box = new Box(foot.x() - 0.025, foot.y() - 0.15, 0.05, 0.15);
            tracks.add(new TrackedObject(o.id(), o.label(), box, foot, before, s.firstSeen, s.lastSeen, o.speed(), 0,
                    s.hits, s.missed, s.hits >= confirmAfter));
            s.foot = foot;
            next.put(o.id(), s);
        }
        states.clear();
        states.putAll(next);
        return Scene.ofTracks(t, tracks);
    }

    /** Feeds frames {@code from..to} to the rule, each built by {@code script}; collects the firing frames. */
    static List<Integer> run(Rule rule, TrackFeed feed, int from, int to, IntFunction<Obj[]> script) {
        List<Integer> fired = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            if (!rule.evaluate(feed.frame(n, script.apply(n))).isEmpty()) {
                fired.add(n);
            }
        }
        return fired;
    }

    static List<Point> rect(double x1, double y1, double x2, double y2) {
        return List.of(new Point(x1, y1), new Point(x2, y1), new Point(x2, y2), new Point(x1, y2));
    }
}
