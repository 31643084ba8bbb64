package org.xueliang.alerts.http;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.delivery.DeliveryQuery;
import org.xueliang.alerts.delivery.DeliveryState;

/** Reads the query parameters of the delivery listing, collecting every problem; empty values count as not given. */
final class DeliveryQueryParams {
    static final List<String> NAMES = List.of("state", "alert", "subscription", "limit", "offset");
    static final int DEFAULT_LIMIT = 50;
    private static final String STATES =
            Arrays.stream(DeliveryState.values()).map(Enum::name).collect(Collectors.joining(", "));

    private final MultiMap params;
    private final List<FieldError> errors = new ArrayList<>();

    private DeliveryQueryParams(MultiMap params) {
        this.params = params;
    }

    /** @throws InvalidRequestException with every bad parameter */
    static DeliveryQuery read(MultiMap params) {
        return new DeliveryQueryParams(params).read();
    }

    private DeliveryQuery read() {
        params.names().stream().filter(name -> !NAMES.contains(name)).sorted().forEach(name ->
                errors.add(new FieldError(name, "unknown parameter, allowed: " + String.join(", ", NAMES))));
        DeliveryState state = state(single("state"));
        String alert = single("alert");
        String subscription = single("subscription");
        int limit = integer("limit", DEFAULT_LIMIT, 1, DeliveryQuery.MAX_LIMIT);
        int offset = integer("offset", 0, 0, Integer.MAX_VALUE);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid query parameters", errors);
        }
        return new DeliveryQuery(state, alert, subscription, limit, offset);
    }

    private String single(String name) {
        List<String> values = params.getAll(name).stream().filter(v -> !v.isEmpty()).toList();
        if (values.size() > 1) {
            errors.add(new FieldError(name, "must be given once, got " + values.size() + " values"));
            return null;
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private DeliveryState state(String text) {
        if (text == null) {
            return null;
        }
        try {
            return DeliveryState.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("state", "must be one of " + STATES + ", got " + quote(text)));
            return null;
        }
    }

    private int integer(String name, int fallback, int min, int max) {
        String text = single(name);
        if (text == null) {
            return fallback;
        }
        String rule = max == Integer.MAX_VALUE ? "must be an integer of at least " + min + ", got "
                : "must be an integer from " + min + " to " + max + ", got ";
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a value out of range
        }
        errors.add(new FieldError(name, rule + quote(text)));
        return fallback;
    }

    private static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "\"" + shown + "\"";
    }
}
