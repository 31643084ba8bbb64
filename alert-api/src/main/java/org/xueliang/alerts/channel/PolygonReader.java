package org.xueliang.alerts.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.xueliang.analytics.Point;

/**
 * Reads zone polygons (a list of at least three {@code [x, y]} pairs) and single points in
 * normalised coordinates.
 */
final class PolygonReader {
    static final int MIN_POINTS = 3;

    private PolygonReader() {
    }

    /** The polygon at {@code key}, or null after reporting why it is missing or invalid. */
    static List<Point> read(FieldReader zone, String key) {
        if (!zone.has(key)) {
            zone.error(key, "is required, a list of at least " + MIN_POINTS + " [x, y] points");
            return null;
        }
        int errorsBefore = zone.errors().size();
        List<JsonNode> items = zone.list(key);
        if (zone.errors().size() > errorsBefore) {
            return null;
        }
        List<Point> points = new ArrayList<>();
        String path = zone.pathOf(key);
        for (int i = 0; i < items.size(); i++) {
            Point point = readPoint(items.get(i), FieldReader.item(path, i), zone.errors());
            if (point != null) {
                points.add(point);
            }
        }
        if (items.size() < MIN_POINTS) {
            zone.error(key, "must have at least " + MIN_POINTS + " points, got " + items.size());
        }
        return zone.errors().size() > errorsBefore ? null : points;
    }

    /** The point at {@code key}, required, or null after reporting why it is missing or invalid. */
    static Point readPoint(FieldReader object, String key) {
        JsonNode value = object.get(key);
        if (value == null) {
            object.error(key, "is required, a point [x, y]");
            return null;
        }
        return readPoint(value, object.pathOf(key), object.errors());
    }

    private static Point readPoint(JsonNode item, String path, List<FieldError> errors) {
        if (!item.isArray() || item.size() != 2) {
            String got = !item.isArray() ? FieldReader.show(item)
                    : item.size() == 1 ? "1 value" : item.size() + " values";
            errors.add(new FieldError(path, "must be a point [x, y], got " + got));
            return null;
        }
        Double x = coordinate(item.get(0), FieldReader.item(path, 0), errors);
        Double y = coordinate(item.get(1), FieldReader.item(path, 1), errors);
        return x == null || y == null ? null : new Point(x, y);
    }

    private static Double coordinate(JsonNode value, String path, List<FieldError> errors) {
        if (!value.isNumber()) {
            errors.add(new FieldError(path, "must be a number, got " + FieldReader.show(value)));
            return null;
        }
        double v = value.doubleValue();
        if (!(v >= 0 && v <= 1)) {
            errors.add(new FieldError(path, "must be between 0 and 1, got " + FieldReader.showNumber(v)));
            return null;
        }
        return v;
    }
}
