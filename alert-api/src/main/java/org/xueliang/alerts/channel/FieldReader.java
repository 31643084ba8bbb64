package org.xueliang.alerts.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoublePredicate;

/**
 * Reads typed values out of one JSON object (parsed from YAML or JSON) and records every problem
 * as a {@link FieldError} with its full key path instead of stopping at the first one. Each getter
 * returns the fallback when the key is absent or its value is invalid, so reading can go on.
 *
 * <p>A {@code null} value (an empty YAML key) counts as absent. Number and boolean keys also
 * accept text that reads as one ({@code "8080"}, {@code "true"}): environment overrides and
 * quoted YAML scalars arrive as text. String keys accept only text, so that {@code 0123} in YAML
 * is never silently turned into {@code "123"}.
 */
public final class FieldReader {
    private static final int MAX_SHOWN_TEXT = 80;

    private final JsonNode object;
    private final String path;
    private final List<FieldError> errors;

    private FieldReader(JsonNode object, String path, List<FieldError> errors) {
        this.object = object;
        this.path = path;
        this.errors = errors;
    }

    /**
     * A reader over {@code node}; an absent node reads as an empty object, and anything but an
     * object is reported at {@code path} and then also reads as empty.
     */
    public static FieldReader of(JsonNode node, String path, List<FieldError> errors) {
        if (isAbsent(node) || node.isObject()) {
            return new FieldReader(node, path, errors);
        }
        errors.add(new FieldError(path, "must be an object (key: value pairs), got " + show(node)));
        return new FieldReader(null, path, errors);
    }

    /** True for a missing key or an explicit null. */
    public static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** The path of a key inside an object at {@code parent}. */
    public static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** The path of a list item. */
    public static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** How a value is quoted in error messages: text in double quotes, lists and objects by kind. */
    public static String show(JsonNode node) {
        if (isAbsent(node)) {
            return "nothing";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isTextual()) {
            String text = node.textValue();
            return quote(text.length() > MAX_SHOWN_TEXT ? text.substring(0, MAX_SHOWN_TEXT) + "..." : text);
        }
        return node.asText();
    }

    /** Text in double quotes, as error messages show it. */
    public static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A number without a needless {@code .0}: {@code 5}, {@code 0.002}. */
    public static String showNumber(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public String path() {
        return path;
    }

    /** The path of {@code key} in this object. */
    public String pathOf(String key) {
        return join(path, key);
    }

    /** The errors this reader appends to. */
    public List<FieldError> errors() {
        return errors;
    }

    /** True when the key is present with a non-null value. */
    public boolean has(String key) {
        return !isAbsent(get(key));
    }

    /** The raw value, or null when absent. */
    public JsonNode get(String key) {
        if (object == null) {
            return null;
        }
        JsonNode value = object.get(key);
        return isAbsent(value) ? null : value;
    }

    /** Records a problem with {@code key}. */
    public void error(String key, String message) {
        errors.add(new FieldError(pathOf(key), message));
    }

    /** Reports every key not in {@code allowed}, listing the allowed ones. */
    public void refuseUnknownKeys(List<String> allowed) {
        if (object == null) {
            return;
        }
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                error(name, "unknown key, allowed: " + String.join(", ", allowed));
            }
        }
    }

    /** A nested object; absent reads as empty. */
    public FieldReader object(String key) {
        return of(get(key), pathOf(key), errors);
    }

    /** The items of a list; absent reads as empty. */
    public List<JsonNode> list(String key) {
        JsonNode value = get(key);
        List<JsonNode> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        if (!value.isArray()) {
            error(key, "must be a list, got " + show(value));
            return items;
        }
        value.forEach(items::add);
        return items;
    }

    /** Text, or {@code fallback} when absent or not text. */
    public String string(String key, String fallback) {
        JsonNode value = get(key);
        if (value == null) {
            return fallback;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        String hint = value.isValueNode() ? " (put it in quotes)" : "";
        error(key, "must be a string, got " + show(value) + hint);
        return fallback;
    }

    /**
     * Text that must never appear in an error message (tokens, passwords): a value of the wrong
     * type is described by its kind only.
     */
    public String secret(String key, String fallback) {
        JsonNode value = get(key);
        if (value == null) {
            return fallback;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        String kind = value.isNumber() ? "a number" : value.isBoolean() ? "true or false" : show(value);
        error(key, "must be a string, got " + kind + (value.isValueNode() ? " (put it in quotes)" : ""));
        return fallback;
    }

    /** Non-empty text; absence is reported as {@code is required}. Returns null when invalid. */
    public String requiredString(String key) {
        if (!has(key)) {
            error(key, "is required");
            return null;
        }
        String value = string(key, null);
        if (value != null && value.isEmpty()) {
            error(key, "must not be empty");
            return null;
        }
        return value;
    }

    /**
     * A required path to an existing regular file, resolved against {@code baseDir}; null after
     * reporting why it is missing, invalid or not a file.
     */
    public Path existingFile(String key, Path baseDir) {
        String text = requiredString(key);
        if (text == null) {
            return null;
        }
        Path file;
        try {
            file = baseDir.resolve(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            error(key, "is not a valid file path (" + e.getReason() + "), got " + quote(text));
            return null;
        }
        if (!Files.exists(file)) {
            error(key, "file not found: " + file);
            return null;
        }
        if (!Files.isRegularFile(file)) {
            error(key, "not a regular file: " + file);
            return null;
        }
        return file;
    }

    /** {@code true} or {@code false}. */
    public boolean bool(String key, boolean fallback) {
        JsonNode value = get(key);
        if (value == null) {
            return fallback;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            String text = value.textValue().strip().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Boolean.parseBoolean(text);
            }
        }
        error(key, "must be true or false, got " + show(value));
        return fallback;
    }

    /** Any finite number accepted by {@code valid}, described as {@code "must be " + rule}. */
    public double number(String key, double fallback, DoublePredicate valid, String rule) {
        Optional<BigDecimal> parsed = decimal(key);
        if (parsed.isEmpty()) {
            return fallback;
        }
        double value = parsed.get().doubleValue();
        if (!valid.test(value)) {
            error(key, "must be " + rule + ", got " + showNumber(value));
            return fallback;
        }
        return value;
    }

    /** A whole number from {@code min} to {@code max}. */
    public int integer(String key, int fallback, int min, int max) {
        Optional<BigDecimal> parsed = decimal(key);
        if (parsed.isEmpty()) {
            return fallback;
        }
        BigDecimal value = parsed.get().stripTrailingZeros();
        if (value.scale() > 0) {
            error(key, "must be a whole number, got " + value.toPlainString());
            return fallback;
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            // "1e400" would print as 401 digits in plain notation
            String shown = value.precision() - value.scale() > 20 ? value.toString() : value.toPlainString();
            error(key, "must be between " + min + " and " + max + ", got " + shown);
            return fallback;
        }
        return value.intValueExact();
    }

    /** A duration such as {@code "5s"}, zero allowed. */
    public Duration duration(String key, Duration fallback) {
        JsonNode value = get(key);
        if (value == null) {
            return fallback;
        }
        String text = value.isTextual() ? value.textValue() : value.isNumber() ? value.asText() : null;
        if (text != null && DurationFormat.isBareNumber(text)) {
            error(key, "missing unit in " + show(value) + ": add ms, s, m or h, e.g. \"" + text.strip() + "s\"");
            return fallback;
        }
        Optional<Duration> parsed = text == null ? Optional.empty() : DurationFormat.parse(text);
        if (parsed.isEmpty()) {
            error(key, "must be a duration like \"250ms\", \"5s\", \"2m\" or \"1h\", got " + show(value));
            return fallback;
        }
        return parsed.get();
    }

    /** A duration greater than zero. */
    public Duration positiveDuration(String key, Duration fallback) {
        Duration value = duration(key, fallback);
        if (value.isZero() && has(key)) {
            error(key, "must be greater than 0, got " + show(get(key)));
            return fallback;
        }
        return value;
    }

    /** One of {@code choices} (compared without regard to case), returned in lower case. */
    public String choice(String key, String fallback, List<String> choices) {
        String text = string(key, null);
        if (text == null) {
            return fallback;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (!choices.contains(lower)) {
            error(key, "must be one of " + String.join(", ", choices) + ", got " + quote(text));
            return fallback;
        }
        return lower;
    }

    private Optional<BigDecimal> decimal(String key) {
        JsonNode value = get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNumber() && (!value.isFloatingPointNumber() || Double.isFinite(value.doubleValue()))) {
            return Optional.of(value.decimalValue());
        }
        if (value.isTextual()) {
            try {
                return Optional.of(new BigDecimal(value.textValue().strip()));
            } catch (NumberFormatException notANumber) {
                // reported below like any other non-number
            }
        }
        error(key, "must be a number, got " + show(value));
        return Optional.empty();
    }
}
