package org.xueliang.analytics.pipeline;

import java.util.List;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.track.TrackRecord;
import org.xueliang.analytics.track.TrackedObject;

/**
 * Everything one frame produced.
 *
 * @param events         events of rules and video-quality checks, with snapshots
 * @param finishedTracks records of the tracks that ended on this frame
 * @param tracks         the live tracks after this frame
 * @param healthScore    the channel's video health score 0..100
 * @param moving         whether the motion stage found anything moving in this frame
 */
public record FrameAnalysis(List<AnalyticsEvent> events, List<TrackRecord> finishedTracks,
        List<TrackedObject> tracks, int healthScore, boolean moving) {
    public FrameAnalysis {
        events = List.copyOf(events);
        finishedTracks = List.copyOf(finishedTracks);
        tracks = List.copyOf(tracks);
    }

    /** Whether the scene is busy: something moved or a track is still live (coasting through a stop). */
    public boolean active() {
        return moving || !tracks.isEmpty();
    }
}
