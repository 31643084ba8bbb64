package org.xueliang.alerts.http;

import io.vertx.core.MultiMap;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xueliang.alerts.channel.FieldError;

/**
 * Reads the query parameters of a listing one by one and collects every problem, so that a bad
 * request hears about all of them at once. An empty value counts as not given, so that a form can
 * send every field; unknown names and repeated parameters are refused.
 */
final class QueryParamReader {
    private final MultiMap params;
    private final List<FieldError> errors = new ArrayList<>();

    /** @param allowed every parameter the listing knows, in the order the error message lists them */
    QueryParamReader(MultiMap params, List<String> allowed) {
        this.params = params;
        params.names().stream().filter(name -> !allowed.contains(name)).sorted().forEach(name ->
                reject(name, "unknown parameter, allowed: " + String.join(", ", allowed)));
    }

    /** The value as given, or null; at most {@code maxLength} characters. */
    String text(String name, int maxLength) {
        String value = single(name);
        if (value != null && value.length() > maxLength) {
            reject(name, "must be at most " + maxLength + " characters, got " + value.length());
            return null;
        }
        return value;
    }

    /** One of the allowed words, compared in lower case, or null. */
    String word(String name, List<String> allowed) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        String word = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(word)) {
            reject(name, "must be one of " + String.join(", ", allowed) + ", got " + quote(value));
            return null;
        }
        return word;
    }

    /** An ISO-8601 instant, or null. */
    Instant instant(String name) {
        String value = single(name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            reject(name, "must be an ISO-8601 instant such as 2024-05-01T08:00:00Z, got " + quote(value));
            return null;
        }
    }

    /** A whole number from min to max, or the fallback when not given or bad. */
    int integer(String name, int fallback, int min, int max) {
        String value = single(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // a word or a number too large for int: reported below like one out of range
        }
        reject(name, (max == Integer.MAX_VALUE ? "must be an integer of at least " + min
                : "must be an integer from " + min + " to " + max) + ", got " + quote(value));
        return fallback;
    }

    /** Records a problem found by the caller, such as two parameters that contradict each other. */
    void reject(String name, String message) {
        errors.add(new FieldError(name, message));
    }

    /** @throws InvalidRequestException with every problem found, if any */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid query parameters", errors);
        }
    }

    private String single(String name) {
        List<String> values = params.getAll(name).stream().filter(value -> !value.isEmpty()).toList();
        if (values.size() > 1) {
            reject(name, "must be given once, got " + values.size() + " values");
            return null;
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /** A value as shown in a message: quoted, long ones cut. */
    static String quote(String value) {
        return "\"" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "\"";
    }
}
