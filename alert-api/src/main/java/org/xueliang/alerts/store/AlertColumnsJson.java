package org.xueliang.alerts.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.xueliang.analytics.Box;

/**
 * The JSON columns of an alert: boxes, an array of {@code {"x":..,"y":..,"width":..,"height":..}},
 * and details, an object of strings.
 */
final class AlertColumnsJson {
    private static final TypeReference<List<Box>> BOX_LIST = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() { };

    private final ObjectMapper mapper = new ObjectMapper();

    String encode(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode " + value, e);
        }
    }

    List<Box> boxes(String alertId, String text) {
        return decode(alertId, "boxes", text, BOX_LIST);
    }

    Map<String, String> details(String alertId, String text) {
        return decode(alertId, "details", text, DETAILS);
    }

    private <T> T decode(String alertId, String column, String text, TypeReference<T> type) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("alert \"" + alertId + "\" has unreadable " + column + " " + text + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
