package org.xueliang.alerts.tracks;

import java.time.Instant;
import java.util.Set;

/**
 * Filters and page of a track search; {@code null} filters match everything.
 *
 * @param channelId only this channel
 * @param label     only this class label
 * @param colour    only this dominant colour
 * @param zone      only tracks whose path entered this rule region
 * @param from      seen at or after this instant: the track was last seen at or after it
 * @param to        seen strictly before this instant: the track was first seen before it
 * @param limit     page size, 1..{@value #MAX_LIMIT}
 * @param offset    tracks to skip, at least 0
 * @param channels  only tracks of these channels (an access scope); an empty set matches nothing,
 *                  null lifts the restriction
 */
public record TrackQuery(String channelId, String label, String colour, String zone, Instant from, Instant to,
                         int limit, long offset, Set<String> channels) {
    /** Largest page the store hands out. */
    public static final int MAX_LIMIT = 500;
    /** Page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 50;

    public TrackQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("track query limit must be from 1 to " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("track query offset must be at least 0, got " + offset);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("track query to " + to + " is before from " + from);
        }
        channels = channels == null ? null : Set.copyOf(channels);
    }

    /** Every track, first page. */
    public static TrackQuery all() {
        return new TrackQuery(null, null, null, null, null, null, DEFAULT_LIMIT, 0, null);
    }

    /** This query restricted to the given channels; null lifts the restriction. */
    public TrackQuery within(Set<String> scope) {
        return new TrackQuery(channelId, label, colour, zone, from, to, limit, offset, scope);
    }
}
