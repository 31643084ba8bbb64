package org.xueliang.alerts.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** A layout as the API and the store write it: {@code {"tiles":..,"channels":[..],"overlay":..,"tour":..}}. */
public final class LayoutJson {
    private LayoutJson() {
    }

    public static ObjectNode write(Layout layout) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("tiles", layout.tiles());
        layout.channels().forEach(node.putArray("channels")::add);
        node.put("overlay", layout.overlay());
        if (layout.tour() == null) {
            node.putNull("tour");
        } else {
            ObjectNode tour = node.putObject("tour");
            layout.tour().channels().forEach(tour.putArray("channels")::add);
            tour.put("intervalSeconds", layout.tour().intervalSeconds());
        }
        return node;
    }

    /** Reads what {@link #write} wrote; the store only holds layouts that passed {@link LayoutReader}. */
    static Layout read(JsonNode node) {
        JsonNode tour = node.path("tour");
        return new Layout(node.path("tiles").asInt(), texts(node.path("channels")), node.path("overlay").asBoolean(),
                tour.isObject() ? new Layout.Tour(texts(tour.path("channels")), tour.path("intervalSeconds").asInt())
                        : null);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
