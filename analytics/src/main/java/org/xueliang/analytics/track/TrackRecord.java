package org.xueliang.analytics.track;

import java.time.Instant;
import java.util.List;
import org.xueliang.analytics.Box;

/**
 * The structured record of one finished track (视频结构化), ready to be stored and searched.
 *
 * @param channelId        the channel
 * @param trackId          id within the channel's analyser session (restarts at 1 with the
 *                         channel; together with {@code firstSeen} it is unique)
 * @param label            class label, {@code person}, {@code car}, ... or {@code motion}
 * @param firstSeen        first observation
 * @param lastSeen         last observation
 * @param path             positions (bottom centre of the box), oldest first
 * @param meanSpeed        normalised units a second
 * @param directionDegrees overall heading, clockwise from the top of the picture (90 = right)
 * @param dominantColour   colour name of the best view ({@code red}, {@code blue}, {@code black},
 *                         ...), or {@code unknown}
 * @param bestBox          box of the best view, normalised
 * @param bestTime         when the best view was seen
 * @param bestSnapshotJpeg the best view cropped from its frame as JPEG; empty when unavailable
 * @param regionIds        ids of the rule regions (zones, regions) the path entered
 */
public record TrackRecord(String channelId, long trackId, String label, Instant firstSeen, Instant lastSeen,
        List<TrackPoint> path, double meanSpeed, double directionDegrees, String dominantColour, Box bestBox,
        Instant bestTime, byte[] bestSnapshotJpeg, List<String> regionIds) {
    public TrackRecord {
        path = List.copyOf(path);
        regionIds = List.copyOf(regionIds);
    }
}
