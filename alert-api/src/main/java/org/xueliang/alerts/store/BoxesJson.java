package org.xueliang.alerts.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.xueliang.analytics.Box;

/** The boxes column: a JSON array of {@code {"x":..,"y":..,"width":..,"height":..}}. */
final class BoxesJson {
    private static final TypeReference<List<Box>> BOX_LIST = new TypeReference<>() { };

    private final ObjectMapper mapper = new ObjectMapper();

    String encode(List<Box> boxes) {
        try {
            return mapper.writeValueAsString(boxes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode boxes " + boxes, e);
        }
    }

    List<Box> decode(String alertId, String text) {
        try {
            return mapper.readValue(text, BOX_LIST);
        } catch (JsonProcessingException e) {
            throw new StoreException("alert \"" + alertId + "\" has unreadable boxes " + text + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
