package org.xueliang.alerts.http;

import io.vertx.core.MultiMap;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.store.AlertQuery;
import org.xueliang.alerts.store.AlertState;

/**
 * Reads the query parameters of the alert listing, collecting every problem. An empty value
 * counts as not given, so that a form can send every field.
 */
final class AlertQueryParams {
    static final List<String> NAMES = List.of("channel", "type", "state", "from", "to", "limit", "offset");
    private static final String INSTANT_RULE = "must be an ISO-8601 instant such as 2024-05-01T08:00:00Z, got ";

    private final MultiMap params;
    private final List<FieldError> errors = new ArrayList<>();

    private AlertQueryParams(MultiMap params) {
        this.params = params;
    }

    /** @throws InvalidRequestException with every bad parameter */
    static AlertQuery read(MultiMap params) {
        return new AlertQueryParams(params).read();
    }

    private AlertQuery read() {
        params.names().stream().filter(name -> !NAMES.contains(name)).sorted().forEach(name ->
                errors.add(new FieldError(name, "unknown parameter, allowed: " + String.join(", ", NAMES))));
        String channel = single("channel");
        String type = single("type");
        AlertState state = parse("state", AlertQueryParams::state);
        Instant from = parse("from", Instant::parse);
        Instant to = parse("to", Instant::parse);
        Integer limit = parse("limit", text -> integer(text, 1, AlertQuery.MAX_LIMIT));
        Integer offset = parse("offset", text -> integer(text, 0, Integer.MAX_VALUE));
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "must not be before from " + from + ", got " + to));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid query parameters", errors);
        }
        return new AlertQuery(channel, type, state, from, to, limit == null ? AlertQuery.DEFAULT_LIMIT : limit,
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

    private <T> T parse(String name, Function<String, T> parser) {
        String text = single(name);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, INSTANT_RULE + quote(text)));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, e.getMessage() + quote(text)));
        }
        return null;
    }

    private static AlertState state(String text) {
        try {
            return AlertState.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be one of " + Arrays.stream(AlertState.values())
                    .map(AlertState::name).collect(Collectors.joining(", ")) + ", got ");
        }
    }

    private static int integer(String text, int min, int max) {
        String rule = max == Integer.MAX_VALUE ? "must be an integer of at least " + min + ", got "
                : "must be an integer from " + min + " to " + max + ", got ";
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new IllegalArgumentException(rule);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(rule);
        }
    }

    private static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return "\"" + shown + "\"";
    }
}
