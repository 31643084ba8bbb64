package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;
import org.xueliang.alerts.workflow.Photo;
import org.xueliang.alerts.workflow.Step;

/** Reads the bodies of the workflow steps dispatch, resolve, close and dismiss, collecting every problem. */
final class StepBodies {
    static final int MAX_ASSIGNEE = 100;
    static final int MAX_NOTE = 1000;
    static final int MAX_FEEDBACK = 2000;
    static final int MAX_URL = 1000;
    /** 8 MiB: a phone photo, not a video. */
    static final int MAX_PHOTO_BYTES = 8 * 1024 * 1024;
    static final String INSTANT_EXAMPLE = "an ISO-8601 instant such as 2024-05-01T10:00:00Z";

    private StepBodies() {
    }

    /** {@code {"to": "...", "dueAt": "...", "note": "..."}}; the due time must lie after {@code now}. */
    static Step.Dispatch dispatch(JsonNode body, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader reader = reader(body, List.of("to", "dueAt", "note"), errors);
        String to = text(reader, "to", MAX_ASSIGNEE, true);
        Instant dueAt = dueAt(reader, now);
        String note = text(reader, "note", MAX_NOTE, false);
        check("invalid dispatch", errors);
        return new Step.Dispatch(to, dueAt, note);
    }

    private static Instant dueAt(FieldReader reader, Instant now) {
        if (!reader.has("dueAt")) {
            reader.error("dueAt", "is required, " + INSTANT_EXAMPLE);
            return null;
        }
        String text = reader.string("dueAt", null);
        if (text == null) {
            return null;
        }
        try {
            Instant dueAt = Instant.parse(text);
            if (!dueAt.isAfter(now)) {
                reader.error("dueAt", "must be after now (" + now + "), got " + dueAt);
            }
            return dueAt;
        } catch (DateTimeParseException e) {
            reader.error("dueAt", "must be " + INSTANT_EXAMPLE + ", got " + FieldReader.quote(text));
            return null;
        }
    }

    /**
     * {@code {"feedback": "...", "photo": "<base64 JPEG or PNG>"}} or
     * {@code {"feedback": "...", "photoUrl": "https://..."}}; the photo is optional.
     */
    static Step.Resolve resolve(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader reader = reader(body, List.of("feedback", "photo", "photoUrl"), errors);
        String feedback = text(reader, "feedback", MAX_FEEDBACK, true);
        Photo photo = photo(reader);
        String url = text(reader, "photoUrl", MAX_URL, false);
        if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
            reader.error("photoUrl", "must start with http:// or https://, got " + FieldReader.quote(url));
        }
        if (reader.has("photo") && reader.has("photoUrl")) {
            reader.error("photoUrl", "give photo or photoUrl, not both");
        }
        check("invalid resolution", errors);
        return new Step.Resolve(feedback, photo, url);
    }

    private static Photo photo(FieldReader reader) {
        String base64 = reader.string("photo", null);
        if (base64 == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            reader.error("photo", "must be base64 of a JPEG or PNG image: " + e.getMessage());
            return null;
        }
        if (bytes.length > MAX_PHOTO_BYTES) {
            reader.error("photo", "must be at most " + MAX_PHOTO_BYTES + " bytes, got " + bytes.length);
            return null;
        }
        String type = Photo.sniff(bytes);
        if (type == null) {
            reader.error("photo", "must be a JPEG or PNG image, got bytes starting "
                    + HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(4, bytes.length)));
            return null;
        }
        return new Photo(type, bytes);
    }

    /** {@code {"note": "..."}}, the review; the body may be left out. */
    static Step.Close close(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader reader = reader(body, List.of("note"), errors);
        String note = text(reader, "note", MAX_NOTE, false);
        check("invalid close", errors);
        return new Step.Close(note);
    }

    /** {@code {"reason": "..."}}. */
    static Step.Dismiss dismiss(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader reader = reader(body, List.of("reason"), errors);
        String reason = reader.has("reason") ? text(reader, "reason", MAX_NOTE, true) : null;
        if (!reader.has("reason")) {
            reader.error("reason", "is required: why the alert is a false alarm");
        }
        check("invalid dismissal", errors);
        return new Step.Dismiss(reason);
    }

    private static FieldReader reader(JsonNode body, List<String> keys, List<FieldError> errors) {
        FieldReader reader = FieldReader.of(body, "", errors);
        reader.refuseUnknownKeys(keys);
        return reader;
    }

    /** Text of at most {@code max} characters; a required one must not be blank. */
    private static String text(FieldReader reader, String key, int max, boolean required) {
        String value = required ? reader.requiredString(key) : reader.string(key, null);
        if (value == null) {
            return null;
        }
        if (required && value.isBlank()) {
            reader.error(key, "must not be blank");
            return null;
        }
        if (value.length() > max) {
            reader.error(key, "must be at most " + max + " characters, got " + value.length());
            return null;
        }
        return value;
    }

    private static void check(String title, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(title, errors);
        }
    }
}
