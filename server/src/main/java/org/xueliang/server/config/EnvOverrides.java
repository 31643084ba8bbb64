package org.xueliang.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channel.FieldError;

/**
 * Environment overrides: every scalar key can be set by a variable named after its path,
 * {@code XL_} + the path with dots, list indexes and camelCase boundaries turned into {@code _},
 * upper-cased ({@code http.bindAddress} is {@code XL_HTTP_BIND_ADDRESS}, {@code channels[0].source.url}
 * is {@code XL_CHANNELS_0_SOURCE_URL}). Values are written into the tree as text before binding,
 * so that they are checked exactly like values from the file. Channel, zone and rule keys can only
 * be set for list items the file defines.
 *
 * <p>An {@code XL_} variable that names no key is an error, with the closest valid names: a
 * misspelt secret silently ignored would leave the server running with the file's value.
 */
final class EnvOverrides {
    static final String PREFIX = "XL_";
    private static final Pattern CHANNEL_VARIABLE = Pattern.compile("XL_CHANNELS_(\\d+)_.*");
    private static final int MAX_DISTANCE = 3;
    private static final int MAX_SUGGESTIONS = 3;

    private EnvOverrides() {
    }

    /** What applying the environment did. */
    record Result(Map<String, String> variableOfPath, List<FieldError> errors) {
    }

    /** Writes every {@code XL_} variable of {@code env} into {@code root}, an object. */
    static Result apply(ObjectNode root, Map<String, String> env) {
        Map<String, String> pathOfVariable = pathsByVariable(root);
        Map<String, String> variableOfPath = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        // sorted so that the outcome and the order of errors do not depend on the map's order
        for (Map.Entry<String, String> variable : new TreeMap<>(env).entrySet()) {
            String name = variable.getKey();
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            String path = pathOfVariable.get(name);
            if (path == null) {
                errors.add(new FieldError(name, unknownMessage(name, pathOfVariable.keySet(), root)));
            } else if (set(root, path, variable.getValue())) {
                variableOfPath.put(path, name);
            }
        }
        return new Result(variableOfPath, errors);
    }

    /** The variable that overrides {@code path}: {@code http.bindAddress} gives {@code XL_HTTP_BIND_ADDRESS}. */
    static String variableName(String path) {
        String snake = path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '_')
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2");
        return PREFIX + snake.toUpperCase(Locale.ROOT);
    }

    /** Every overridable path of this tree (channel keys for the channels it has) by variable name. */
    static Map<String, String> pathsByVariable(JsonNode root) {
        List<String> paths = new ArrayList<>(ServerConfigReader.SCALAR_KEYS);
        JsonNode channels = root.get("channels");
        for (int c = 0; channels != null && channels.isArray() && c < channels.size(); c++) {
            String channel = "channels[" + c + "]";
            ChannelSpecReader.CHANNEL_SCALAR_KEYS.forEach(key -> paths.add(channel + "." + key));
            JsonNode zones = channels.get(c).get("zones");
            for (int z = 0; zones != null && zones.isArray() && z < zones.size(); z++) {
                String zone = channel + ".zones[" + z + "]";
                ChannelSpecReader.ZONE_SCALAR_KEYS.forEach(key -> paths.add(zone + "." + key));
            }
            JsonNode rules = channels.get(c).get("rules");
            for (int r = 0; rules != null && rules.isArray() && r < rules.size(); r++) {
                String rule = channel + ".rules[" + r + "]";
                ChannelSpecReader.RULE_SCALAR_KEYS.forEach(key -> paths.add(rule + "." + key));
            }
        }
        Map<String, String> byVariable = new LinkedHashMap<>();
        paths.forEach(path -> byVariable.put(variableName(path), path));
        return byVariable;
    }

    /**
     * Sets the value at a dotted path, creating missing objects. Returns false, leaving the tree
     * alone, where the file has something other than an object on the way: binding reports that.
     */
    private static boolean set(ObjectNode root, String path, String value) {
        String[] steps = path.replaceAll("\\[(\\d+)]", ".$1").split("\\.");
        JsonNode node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            node = step(node, steps[i]);
            if (node == null) {
                return false;
            }
        }
        if (!(node instanceof ObjectNode object)) {
            return false;
        }
        object.set(steps[steps.length - 1], TextNode.valueOf(value));
        return true;
    }

    private static JsonNode step(JsonNode node, String step) {
        if (node instanceof ObjectNode object) {
            JsonNode next = object.get(step);
            return next == null || next.isNull() ? object.putObject(step) : next;
        }
        if (node instanceof ArrayNode list && step.chars().allMatch(Character::isDigit)) {
            return list.get(Integer.parseInt(step));
        }
        return null;
    }

    private static String unknownMessage(String name, Iterable<String> valid, JsonNode root) {
        Matcher channel = CHANNEL_VARIABLE.matcher(name);
        JsonNode channels = root.get("channels");
        int count = channels != null && channels.isArray() ? channels.size() : 0;
        if (channel.matches() && Long.parseLong(channel.group(1)) >= count) {
            return "unknown configuration variable: the file defines " + count + " channel(s), and variables "
                    + "can only override keys of channels the file defines";
        }
        List<String> close = new ArrayList<>();
        for (String candidate : valid) {
            if (distance(name, candidate) <= MAX_DISTANCE) {
                close.add(candidate);
            }
        }
        close.sort(Comparator.comparingInt((String candidate) -> distance(name, candidate))
                .thenComparing(Comparator.naturalOrder()));
        if (close.isEmpty()) {
            return "unknown configuration variable; names follow the key paths, e.g. XL_HTTP_PORT, "
                    + "XL_API_TOKEN, XL_CHANNELS_0_SOURCE_URL";
        }
        return "unknown configuration variable, close names: "
                + String.join(", ", close.subList(0, Math.min(MAX_SUGGESTIONS, close.size())));
    }

    /** Levenshtein edit distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
