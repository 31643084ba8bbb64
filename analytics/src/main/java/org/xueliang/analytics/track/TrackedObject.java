package org.xueliang.analytics.track;

import java.time.Instant;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.Point;

/**
 * What the rules see of one live track on one frame. Immutable snapshot.
 *
 * @param id               track id, unique within the channel's session, from 1
 * @param label            class label; the most frequent detector label, else {@link Observation#MOTION}
 * @param box              last observed box, normalised
 * @param foot             bottom centre of {@code box}: the track's position
 * @param previousFoot     position at the observation before, or null for a new track
 * @param firstSeen        capture time of the first observation
 * @param lastSeen         capture time of the last observation
 * @param speed            normalised units a second over about the last second of the path
 * @param directionDegrees heading over that stretch, clockwise from the top of the picture
 *                         (0 up, 90 right, 180 down, 270 left); 0 when standing still
 * @param hits             observations so far
 * @param missedFrames     frames since the last observation; 0 when seen on this frame
 * @param confirmed        whether the track has been seen often enough to be believed
 */
public record TrackedObject(long id, String label, Box box, Point foot, Point previousFoot, Instant firstSeen,
        Instant lastSeen, double speed, double directionDegrees, int hits, int missedFrames, boolean confirmed) {

    /** @return whether the track was observed on the current frame (its position moved on) */
    public boolean observedNow() {
        return missedFrames == 0;
    }

    /** @return box area as a fraction of the frame */
    public double area() {
        return box.width() * box.height();
    }
}
