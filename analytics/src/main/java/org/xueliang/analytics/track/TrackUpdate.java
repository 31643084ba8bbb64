package org.xueliang.analytics.track;

import java.util.List;

/**
 * The tracker's state after one frame.
 *
 * @param tracks   every live track, confirmed or not, in id order
 * @param finished confirmed tracks that ended on this frame
 * @param newBest  ids of tracks whose best view is the current frame (the caller keeps the crop)
 */
public record TrackUpdate(List<TrackedObject> tracks, List<FinishedTrack> finished, List<Long> newBest) {
    public TrackUpdate {
        tracks = List.copyOf(tracks);
        finished = List.copyOf(finished);
        newBest = List.copyOf(newBest);
    }

    /** @return the confirmed live tracks */
    public List<TrackedObject> confirmed() {
        return tracks.stream().filter(TrackedObject::confirmed).toList();
    }
}
