package org.xueliang.alerts.console;

import java.time.Instant;
import java.util.List;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.Point;

/**
 * One analysis frame as live viewers get it: what to draw over it and the picture itself.
 *
 * @param channelId the channel
 * @param time      capture time of the frame
 * @param width     picture width in pixels (the analysis size)
 * @param height    picture height in pixels
 * @param state     the channel's input state ({@code ONLINE}, ...; {@code STOPPED} when it does not run)
 * @param zones     rule polygons, normalised
 * @param lines     rule lines (two points), normalised
 * @param tracks    the live tracks after this frame
 * @param quality   the channel's video health score 0..100
 * @param jpeg      the unannotated frame as JPEG; null for a status without picture
 */
public record LiveFrame(String channelId, Instant time, int width, int height, String state, List<Outline> zones,
                        List<Outline> lines, List<LiveTrack> tracks, int quality, byte[] jpeg) {
    public LiveFrame {
        zones = List.copyOf(zones);
        lines = List.copyOf(lines);
        tracks = List.copyOf(tracks);
    }

    /** A status without picture, for a channel that sends no frames. */
    public static LiveFrame status(String channelId, Instant time, String state) {
        return new LiveFrame(channelId, time, 0, 0, state, List.of(), List.of(), List.of(), 0, null);
    }

    /** The outline of one rule: a polygon of a zone or the two ends of a line. */
    public record Outline(String id, List<Point> points) {
        public Outline {
            points = List.copyOf(points);
        }
    }

    /** A live track: its id, class label and last box. */
    public record LiveTrack(long id, String label, Box box) {
    }
}
