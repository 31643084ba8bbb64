package org.xueliang.alerts.store;

import java.time.Instant;
import java.util.Set;

/**
 * Filters and page of an alert listing; {@code null} filters match everything.
 *
 * @param channelId only this channel
 * @param type      only this event type
 * @param state     only this state
 * @param from      event time at or after this instant
 * @param to        event time strictly before this instant
 * @param limit     page size, 1..{@value #MAX_LIMIT}
 * @param offset    alerts to skip, at least 0
 * @param channels  only alerts of these channels (an access scope); an empty set matches nothing
 */
public record AlertQuery(String channelId, String type, AlertState state, Instant from, Instant to,
                         int limit, long offset, Set<String> channels) {
    /** Largest page the store hands out. */
    public static final int MAX_LIMIT = 500;
    /** Page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 50;

    public AlertQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("alert query limit must be from 1 to " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("alert query offset must be at least 0, got " + offset);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("alert query to " + to + " is before from " + from);
        }
        channels = channels == null ? null : Set.copyOf(channels);
    }

    /** A query over every channel. */
    public AlertQuery(String channelId, String type, AlertState state, Instant from, Instant to, int limit,
                      long offset) {
        this(channelId, type, state, from, to, limit, offset, null);
    }

    /** Everything, first page. */
    public static AlertQuery all() {
        return new AlertQuery(null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    /** This query restricted to the given channels; null lifts the restriction. */
    public AlertQuery within(Set<String> scope) {
        return new AlertQuery(channelId, type, state, from, to, limit, offset, scope);
    }
}
