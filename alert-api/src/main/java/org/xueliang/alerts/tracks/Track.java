package org.xueliang.alerts.tracks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.track.TrackPoint;

/**
 * A stored track record (视频结构化): one object's way through one channel's picture, searchable
 * by channel, class, colour, time and zone. Times are kept to the microsecond, the finest
 * precision both H2 and PostgreSQL store, so that a track read back equals the one written.
 *
 * @param id               the store's id, positive
 * @param channelId        the channel
 * @param trackNo          the analyser's track id, which restarts at 1 with the channel
 * @param label            class label: {@code person}, {@code car}, ... or {@code motion}
 * @param firstSeen        first observation
 * @param lastSeen         last observation
 * @param path             bottom centre of the box over time, normalised, oldest first
 * @param meanSpeed        normalised units a second
 * @param directionDegrees overall heading, clockwise from the top of the picture (90 = right)
 * @param colour           dominant colour name of the best view, or {@code unknown}
 * @param bestBox          box of the best view, normalised; may be null
 * @param bestTime         when the best view was seen; may be null
 * @param snapshotSize     size of the best view's JPEG in bytes, 0 when there is none
 * @param zones            ids of the rule regions the path entered, sorted
 */
public record Track(long id, String channelId, long trackNo, String label, Instant firstSeen, Instant lastSeen,
                    List<TrackPoint> path, double meanSpeed, double directionDegrees, String colour, Box bestBox,
                    Instant bestTime, int snapshotSize, List<String> zones) {
    private static final String[] HEADINGS = {"up", "up-right", "right", "down-right", "down", "down-left", "left",
            "up-left"};

    public Track {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(label, "label");
        firstSeen = micros(Objects.requireNonNull(firstSeen, "firstSeen"));
        lastSeen = micros(Objects.requireNonNull(lastSeen, "lastSeen"));
        path = path.stream().map(p -> new TrackPoint(micros(p.time()), p.point())).toList();
        Objects.requireNonNull(colour, "colour");
        bestTime = bestTime == null ? null : micros(bestTime);
        zones = zones.stream().sorted().distinct().toList();
    }

    /** This track with the given zones, as read from their own table. */
    Track withZones(List<String> newZones) {
        return new Track(id, channelId, trackNo, label, firstSeen, lastSeen, path, meanSpeed, directionDegrees, colour,
                bestBox, bestTime, snapshotSize, newZones);
    }

    /** Whether the best view's JPEG is stored with the track. */
    public boolean hasSnapshot() {
        return snapshotSize > 0;
    }

    /**
     * The heading in words, for people: {@code up}, {@code up-right}, {@code right}, ... as the
     * picture shows it (a camera has no compass), each word covering 45 degrees around its direction.
     */
    public String heading() {
        double degrees = ((directionDegrees % 360) + 360) % 360;
        return HEADINGS[(int) Math.floor((degrees + 22.5) / 45) % HEADINGS.length];
    }

    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
