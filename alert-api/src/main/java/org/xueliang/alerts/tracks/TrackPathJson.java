package org.xueliang.alerts.tracks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.xueliang.alerts.store.StoreException;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.track.TrackPoint;

/**
 * The path column of a track, and the path in API responses: a JSON array of
 * {@code {"time": ISO-8601, "x": 0..1, "y": 0..1}}, oldest first.
 */
public final class TrackPathJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TrackPathJson() {
    }

    /** The path as a JSON array. */
    public static ArrayNode tree(List<TrackPoint> path) {
        ArrayNode array = MAPPER.createArrayNode();
        for (TrackPoint point : path) {
            array.addObject().put("time", point.time().toString()).put("x", point.point().x())
                    .put("y", point.point().y());
        }
        return array;
    }

    static String encode(List<TrackPoint> path) {
        try {
            return MAPPER.writeValueAsString(tree(path));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode a track path of " + path.size() + " points", e);
        }
    }

    /** @throws StoreException when the column does not hold a path */
    static List<TrackPoint> decode(long trackId, String text) {
        try {
            JsonNode array = MAPPER.readTree(text);
            if (!array.isArray()) {
                throw new IllegalArgumentException("expected an array of points, got " + array.getNodeType());
            }
            List<TrackPoint> path = new ArrayList<>(array.size());
            for (JsonNode point : array) {
                path.add(new TrackPoint(Instant.parse(point.required("time").asText()),
                        new Point(point.required("x").asDouble(), point.required("y").asDouble())));
            }
            return path;
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeParseException e) {
            throw new StoreException("track " + trackId + " has an unreadable path " + text + ": " + e.getMessage(), e);
        }
    }
}
