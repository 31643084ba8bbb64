package org.xueliang.analytics.motion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xueliang.analytics.Box;

/**
 * Gives static changes stable ids and start times from sample to sample: a blob that overlaps a
 * change of the previous sample is that change. Pure; used by {@link StaticChangeDetector}.
 */
final class StaticChangeTracker {
    /** Overlap of a blob with a known change's box, over the smaller of the two, that makes them one. */
    private static final double SAME = 0.3;

    /** A static blob of one sample. */
    record Blob(Box box, double area, StaticChange.Kind kind) {
    }

    private List<StaticChange> known = new ArrayList<>();
    private final Set<Long> absorbing = new HashSet<>();
    private long nextId = 1;

    /**
     * @param blobs       the sample's static blobs
     * @param time        the sample's capture time
     * @param absorbAfter age at which a change is handed to the long-term background
     * @return the changes of this sample with their ids and start times
     */
    List<StaticChange> update(List<Blob> blobs, Instant time, Duration absorbAfter) {
        List<StaticChange> next = new ArrayList<>(blobs.size());
        absorbing.clear();
        for (Blob b : blobs) {
            StaticChange previous = match(b.box());
            long id = previous != null ? previous.id() : nextId++;
            Instant since = previous != null ? previous.since() : time;
            StaticChange.Kind kind = previous != null ? previous.kind() : b.kind();
            next.add(new StaticChange(id, b.box(), b.area(), kind, since));
            if (Duration.between(since, time).compareTo(absorbAfter) >= 0) {
                absorbing.add(id);
            }
        }
        known = next;
        return List.copyOf(next);
    }

    /** @return whether the change is old enough to become background */
    boolean absorb(long id) {
        return absorbing.contains(id);
    }

    void clear() {
        known = new ArrayList<>();
        absorbing.clear();
    }

    private StaticChange match(Box box) {
        StaticChange best = null;
        double bestOverlap = SAME;
        for (StaticChange c : known) {
            double inter = intersection(box, c.box());
            double smaller = Math.min(box.width() * box.height(), c.box().width() * c.box().height());
            double overlap = smaller > 0 ? inter / smaller : 0;
            if (overlap >= bestOverlap) {
                best = c;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static double intersection(Box a, Box b) {
        double w = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
        double h = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }
}
