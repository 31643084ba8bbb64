package org.xueliang.alerts.http;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.gb.GbDeviceQuery;

/**
 * Reads the query parameters of the device listing, collecting every problem. As for alerts, an
 * empty value counts as not given.
 */
final class GbDeviceQueryParams {
    static final List<String> NAMES = List.of("online", "limit", "offset");

    private final MultiMap params;
    private final List<FieldError> errors = new ArrayList<>();

    private GbDeviceQueryParams(MultiMap params) {
        this.params = params;
    }

    /** @throws InvalidRequestException with every bad parameter */
    static GbDeviceQuery read(MultiMap params) {
        return new GbDeviceQueryParams(params).read();
    }

    private GbDeviceQuery read() {
        params.names().stream().filter(name -> !NAMES.contains(name)).sorted().forEach(name ->
                errors.add(new FieldError(name, "unknown parameter, allowed: " + String.join(", ", NAMES))));
        Boolean online = online();
        Integer limit = integer("limit", 1, GbDeviceQuery.MAX_LIMIT);
        Integer offset = integer("offset", 0, Integer.MAX_VALUE);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid query parameters", errors);
        }
        return new GbDeviceQuery(online, limit == null ? GbDeviceQuery.DEFAULT_LIMIT : limit,
                offset == null ? 0 : offset);
    }

    private String single(String name) {
        List<String> values = params.getAll(name).stream().filter(v -> !v.isEmpty()).toList();
        if (values.size() > 1) {
            errors.add(new FieldError(name, "must be given once, got " + values.size() + " values"));
            return null;
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private Boolean online() {
        String text = single("online");
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.equals("true") && !lower.equals("false")) {
            errors.add(new FieldError("online", "must be true or false, got " + quote(text)));
            return null;
        }
        return Boolean.parseBoolean(lower);
    }

    private Integer integer(String name, int min, int max) {
        String text = single(name);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the range
        }
        String rule = max == Integer.MAX_VALUE ? "must be an integer of at least " + min
                : "must be an integer from " + min + " to " + max;
        errors.add(new FieldError(name, rule + ", got " + quote(text)));
        return null;
    }

    private static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "\"" + shown + "\"";
    }
}
