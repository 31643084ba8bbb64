package org.xueliang.analytics.track;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.Point;

/** The mutable state of one live track; owned by the {@link Tracker}. */
final class Track {
    /** Speed and heading are measured over about this much of the recent path. */
    private static final Duration SPEED_WINDOW = Duration.ofSeconds(1);
    /** Points closer in time than this are skipped when the mean speed is summed, to ignore jitter. */
    private static final Duration MEAN_SPEED_STEP = Duration.ofMillis(500);
    private static final double EDGE_MARGIN = 0.01;

    final long id;
    final Instant firstSeen;
    private final Map<String, Integer> detectedLabels = new HashMap<>();
    private final List<TrackPoint> path = new ArrayList<>();
    private Box box;
    private Instant lastSeen;
    private double vx;
    private double vy;
    private int hits;
    private int missed;
    private boolean confirmed;
    private double bestScore = -1;
    private Box bestBox;
    private Instant bestTime;

    Track(long id, Observation first, Instant time) {
        this.id = id;
        this.firstSeen = time;
        this.box = first.box();
        this.lastSeen = time;
        record(first, time);
    }

    /** @return the box moved on by the current velocity to the given time */
    Box predicted(Instant time) {
        double dt = seconds(lastSeen, time);
        return new Box(box.x() + vx * dt, box.y() + vy * dt, box.width(), box.height());
    }

    /**
     * Takes an observation.
     *
     * @return whether it is the best view so far
     */
    boolean observe(Observation o, Instant time, double smoothing, int minHits) {
        double dt = seconds(lastSeen, time);
        if (dt > 0) {
            Point before = Geometry.centre(box);
            Point now = Geometry.centre(o.box());
            double newVx = (now.x() - before.x()) / dt;
            double newVy = (now.y() - before.y()) / dt;
            vx = hits == 1 ? newVx : smoothing * newVx + (1 - smoothing) * vx;
            vy = hits == 1 ? newVy : smoothing * newVy + (1 - smoothing) * vy;
        }
        box = o.box();
        lastSeen = time;
        missed = 0;
        boolean best = record(o, time);
        confirmed |= hits >= minHits;
        return best;
    }

    void miss() {
        missed++;
    }

    int missed() {
        return missed;
    }

    boolean confirmed() {
        return confirmed;
    }

    boolean hasDetectorLabel() {
        return !detectedLabels.isEmpty();
    }

    String label() {
        return detectedLabels.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(Observation.MOTION);
    }

    /** Keeps the path within {@code maxPoints} by dropping every other point, the newest kept. */
    void thin(int maxPoints) {
        if (path.size() <= maxPoints) {
            return;
        }
        List<TrackPoint> kept = new ArrayList<>(path.size() / 2 + 1);
        for (int i = path.size() - 1; i >= 0; i -= 2) {
            kept.add(0, path.get(i));
        }
        if (!kept.get(0).equals(path.get(0))) {
            kept.add(0, path.get(0));
        }
        path.clear();
        path.addAll(kept);
    }

    TrackedObject view() {
        TrackPoint last = path.get(path.size() - 1);
        Point previous = path.size() > 1 ? path.get(path.size() - 2).point() : null;
        TrackPoint from = recentStart(last.time());
        double dt = seconds(from.time(), last.time());
        double speed = dt > 0 ? Geometry.distance(from.point(), last.point()) / dt : 0;
        double heading = Geometry.heading(from.point(), last.point());
        return new TrackedObject(id, label(), box, last.point(), previous, firstSeen, lastSeen, speed, heading,
                hits, missed, confirmed);
    }

    FinishedTrack finish() {
        Point first = path.get(0).point();
        Point last = path.get(path.size() - 1).point();
        double duration = seconds(firstSeen, lastSeen);
        double meanSpeed = duration > 0 ? pathLength() / duration : 0;
        return new FinishedTrack(id, label(), firstSeen, lastSeen, path, meanSpeed, Geometry.heading(first, last),
                bestBox, bestTime);
    }

    private boolean record(Observation o, Instant time) {
        hits++;
        if (o.detected()) {
            detectedLabels.merge(o.label(), 1, Integer::sum);
        }
        path.add(new TrackPoint(time, Geometry.foot(o.box())));
        double score = viewScore(o);
        if (score > bestScore) {
            bestScore = score;
            bestBox = o.box();
            bestTime = time;
            return true;
        }
        return false;
    }

    /** Large, confident and whole: a box cut by the frame edge shows only part of the object. */
    private static double viewScore(Observation o) {
        Box b = o.box();
        boolean cut = b.x() < EDGE_MARGIN || b.y() < EDGE_MARGIN || b.x() + b.width() > 1 - EDGE_MARGIN
                || b.y() + b.height() > 1 - EDGE_MARGIN;
        double detectorBonus = o.detected() ? 2 : 1;
        return o.confidence() * detectorBonus * b.width() * b.height() * (cut ? 0.5 : 1);
    }

    private TrackPoint recentStart(Instant latest) {
        Instant limit = latest.minus(SPEED_WINDOW);
        for (int i = path.size() - 1; i >= 0; i--) {
            if (!path.get(i).time().isAfter(limit)) {
                return path.get(i);
            }
        }
        return path.get(0);
    }

    private double pathLength() {
        double length = 0;
        TrackPoint previous = path.get(0);
        for (int i = 1; i < path.size(); i++) {
            TrackPoint p = path.get(i);
            boolean last = i == path.size() - 1;
            if (last || !p.time().isBefore(previous.time().plus(MEAN_SPEED_STEP))) {
                length += Geometry.distance(previous.point(), p.point());
                previous = p;
            }
        }
        return length;
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
