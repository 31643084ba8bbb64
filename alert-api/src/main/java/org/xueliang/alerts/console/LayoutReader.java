package org.xueliang.alerts.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;

/**
 * Reads a layout body ({@code {"tiles":4,"channels":[..],"overlay":true,"tour":null}}),
 * collecting every problem with its path. Channels must be ones the user may see.
 */
public final class LayoutReader {
    private static final List<String> KEYS = List.of("tiles", "channels", "overlay", "tour");
    private static final List<String> TOUR_KEYS = List.of("channels", "intervalSeconds");

    private LayoutReader() {
    }

    /**
     * @param node    the body
     * @param visible whether the user may see a channel id (it exists and is in his scope)
     * @param errors  receives every problem
     * @return the layout, or null when anything was wrong
     */
    public static Layout read(JsonNode node, Predicate<String> visible, List<FieldError> errors) {
        int before = errors.size();
        if (FieldReader.isAbsent(node) || !node.isObject()) {
            errors.add(new FieldError("", "must be an object with tiles, channels, overlay and tour, got "
                    + FieldReader.show(node)));
            return null;
        }
        FieldReader body = FieldReader.of(node, "", errors);
        body.refuseUnknownKeys(KEYS);
        int tiles = tiles(body);
        List<String> channels = channels(body, "channels", visible);
        if (channels.size() > tiles && Layout.TILES.contains(tiles)) {
            body.error("channels", "must list at most " + tiles + " channels (one per tile), got " + channels.size());
        }
        boolean overlay = body.bool("overlay", true);
        Layout.Tour tour = tour(body, visible);
        return errors.size() > before ? null : new Layout(tiles, channels, overlay, tour);
    }

    private static int tiles(FieldReader body) {
        if (!body.has("tiles")) {
            body.error("tiles", "is required, one of " + Layout.TILES);
            return Layout.DEFAULT_TILES;
        }
        int tiles = body.integer("tiles", -1, 1, 16);
        if (tiles != -1 && !Layout.TILES.contains(tiles)) {
            body.error("tiles", "must be one of " + Layout.TILES + ", got " + tiles);
        }
        return tiles;
    }

    private static Layout.Tour tour(FieldReader body, Predicate<String> visible) {
        JsonNode value = body.get("tour");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            body.error("tour", "must be null or an object with channels and intervalSeconds, got "
                    + FieldReader.show(value));
            return null;
        }
        FieldReader tour = body.object("tour");
        tour.refuseUnknownKeys(TOUR_KEYS);
        List<String> channels = channels(tour, "channels", visible);
        if (channels.isEmpty() && tour.has("channels")) {
            tour.error("channels", "must list at least one channel");
        }
        if (!tour.has("intervalSeconds")) {
            tour.error("intervalSeconds", "is required, " + Layout.Tour.MIN_INTERVAL + " to "
                    + Layout.Tour.MAX_INTERVAL);
        }
        int interval = tour.integer("intervalSeconds", Layout.Tour.MIN_INTERVAL, Layout.Tour.MIN_INTERVAL,
                Layout.Tour.MAX_INTERVAL);
        if (!tour.has("channels")) {
            tour.error("channels", "is required, a list of channel ids");
        }
        return new Layout.Tour(channels, interval);
    }

    private static List<String> channels(FieldReader object, String key, Predicate<String> visible) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<JsonNode> items = object.list(key);
        for (int i = 0; i < items.size(); i++) {
            String path = FieldReader.item(object.pathOf(key), i);
            JsonNode item = items.get(i);
            if (!item.isTextual()) {
                object.errors().add(new FieldError(path, "must be a channel id (a string), got "
                        + FieldReader.show(item)));
            } else if (!seen.add(item.textValue())) {
                object.errors().add(new FieldError(path, "channel " + FieldReader.quote(item.textValue())
                        + " is listed twice"));
            } else if (!visible.test(item.textValue())) {
                object.errors().add(new FieldError(path, "no channel " + FieldReader.quote(item.textValue())
                        + " that you may watch"));
            } else {
                ids.add(item.textValue());
            }
        }
        return ids;
    }
}
