package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.store.Acknowledgement;

/** Reads the optional acknowledgement body {@code {"by": "...", "note": "..."}}. */
final class AcknowledgeBody {
    static final int MAX_BY = 100;
    static final int MAX_NOTE = 1000;
    private static final List<String> KEYS = List.of("by", "note");

    private AcknowledgeBody() {
    }

    /** @throws InvalidRequestException with every problem */
    static Acknowledgement read(JsonNode body, Instant at) {
        if (body.isMissingNode()) {
            return new Acknowledgement(at, null, null);
        }
        List<FieldError> errors = new ArrayList<>();
        if (!body.isObject()) {
            errors.add(new FieldError("", "body must be a JSON object with optional keys by and note, got "
                    + body.getNodeType().name().toLowerCase(Locale.ROOT)));
            throw new InvalidRequestException("invalid acknowledgement", errors);
        }
        body.fieldNames().forEachRemaining(key -> {
            if (!KEYS.contains(key)) {
                errors.add(new FieldError(key, "unknown key, allowed: " + String.join(", ", KEYS)));
            }
        });
        String by = text(body, "by", MAX_BY, errors);
        String note = text(body, "note", MAX_NOTE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid acknowledgement", errors);
        }
        return new Acknowledgement(at, by, note);
    }

    private static String text(JsonNode body, String key, int maxLength, List<FieldError> errors) {
        JsonNode value = body.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(key, "must be a string, got " + value));
            return null;
        }
        if (value.textValue().length() > maxLength) {
            errors.add(new FieldError(key, "must be at most " + maxLength + " characters, got "
                    + value.textValue().length()));
            return null;
        }
        return value.textValue();
    }
}
