package org.xueliang.alerts.tracks;

import java.util.List;

/**
 * One page of tracks, the latest seen first.
 *
 * @param tracks the page
 * @param total  how many tracks match the filters across all pages
 * @param limit  the page size asked for
 * @param offset how many matching tracks come before this page
 */
public record TrackPage(List<Track> tracks, long total, int limit, long offset) {
    public TrackPage {
        tracks = List.copyOf(tracks);
    }
}
