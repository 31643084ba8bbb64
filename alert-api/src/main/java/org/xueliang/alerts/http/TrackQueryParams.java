package org.xueliang.alerts.http;

import io.vertx.core.MultiMap;
import java.time.Instant;
import java.util.List;
import org.xueliang.alerts.tracks.TrackQuery;

/** Reads the query parameters of the track search, collecting every problem. */
final class TrackQueryParams {
    static final List<String> NAMES = List.of("channel", "class", "colour", "zone", "from", "to", "limit", "offset");
    /**
     * The names analytics gives a best view's colour ({@code analytics.snapshot.DominantColour}),
     * so that a misspelt colour is refused rather than found nowhere.
     */
    static final List<String> COLOURS = List.of("black", "white", "grey", "red", "orange", "brown", "yellow",
            "green", "cyan", "blue", "purple", "pink", "unknown");
    /** The sizes of the columns searched. */
    private static final int MAX_CHANNEL = 64;
    private static final int MAX_CLASS = 64;
    private static final int MAX_ZONE = 128;

    private TrackQueryParams() {
    }

    /** @throws InvalidRequestException with every bad parameter */
    static TrackQuery read(MultiMap params) {
        QueryParamReader reader = new QueryParamReader(params, NAMES);
        String channel = reader.text("channel", MAX_CHANNEL);
        String label = reader.text("class", MAX_CLASS);
        String colour = reader.word("colour", COLOURS);
        String zone = reader.text("zone", MAX_ZONE);
        Instant from = reader.instant("from");
        Instant to = reader.instant("to");
        int limit = reader.integer("limit", TrackQuery.DEFAULT_LIMIT, 1, TrackQuery.MAX_LIMIT);
        int offset = reader.integer("offset", 0, 0, Integer.MAX_VALUE);
        if (from != null && to != null && to.isBefore(from)) {
            reader.reject("to", "must not be before from " + from + ", got " + to);
        }
        reader.check();
        return new TrackQuery(channel, label, colour, zone, from, to, limit, offset, null);
    }
}
