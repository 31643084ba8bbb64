package org.xueliang.alerts.tracks;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.track.TrackPoint;
import org.xueliang.analytics.track.TrackRecord;

/** Track records as the analyser makes them, for the store and route tests. */
public final class TrackFixtures {
    public static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    private TrackFixtures() {
    }

    /**
     * A track of three points from {@code first} to {@code first + seconds}, heading right.
     *
     * @param jpegSize size of the best view's JPEG, 0 for none
     */
    public static TrackRecord record(String channel, long trackNo, String label, String colour, Instant first,
                                     long seconds, int jpegSize, String... zones) {
        Instant last = first.plusSeconds(seconds);
        List<TrackPoint> path = List.of(new TrackPoint(first, new Point(0.1, 0.8)),
                new TrackPoint(first.plusMillis(seconds * 500), new Point(0.3, 0.8)),
                new TrackPoint(last, new Point(0.5, 0.8)));
        return new TrackRecord(channel, trackNo, label, first, last, path, 0.4 / Math.max(1, seconds), 90.0, colour,
                new Box(0.4, 0.5, 0.1, 0.3), first.plusMillis(seconds * 500), jpeg(jpegSize), List.of(zones));
    }

    public static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
