package org.xueliang.analytics.track;

import java.time.Instant;
import java.util.List;
import org.xueliang.analytics.Box;

/**
 * A confirmed track that ended (lost for longer than the occlusion allowance, or flushed).
 *
 * @param id               track id
 * @param label            class label
 * @param firstSeen        first observation
 * @param lastSeen         last observation
 * @param path             positions, oldest first (thinned evenly on very long tracks)
 * @param meanSpeed        path length over duration, normalised units a second
 * @param directionDegrees heading from the first to the last position, clockwise from up
 * @param bestBox          the box of the best view (large, confident, clear of the frame edge)
 * @param bestTime         when the best view was seen
 */
public record FinishedTrack(long id, String label, Instant firstSeen, Instant lastSeen, List<TrackPoint> path,
        double meanSpeed, double directionDegrees, Box bestBox, Instant bestTime) {
    public FinishedTrack {
        path = List.copyOf(path);
    }
}
