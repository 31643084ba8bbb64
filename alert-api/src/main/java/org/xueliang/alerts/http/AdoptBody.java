package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;
import org.xueliang.alerts.gb.GbChannel;

/**
 * The optional body of an adopt request, {@code {"id", "name", "transport", "analysis", "zones"}}.
 * Only its shape and transport are checked here; the channel built from it goes through
 * {@link ChannelSpecReader}, whose error paths ({@code id}, {@code analysis.fps},
 * {@code zones[0].polygon}) are the body's own keys.
 *
 * @param body      the body, an empty object when none was sent
 * @param transport {@code udp} or {@code tcp}
 */
record AdoptBody(ObjectNode body, String transport) {
    static final List<String> KEYS = List.of("id", "name", "transport", "analysis", "zones");
    private static final List<String> TRANSPORTS = List.of("udp", "tcp");
    /** Default channel ids are {@code gb-} and the 20-digit channel ID. */
    static final String DEFAULT_ID_PREFIX = "gb-";

    /** @throws InvalidRequestException when the body is not an object, has unknown keys or a bad transport */
    static AdoptBody read(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader adopt = FieldReader.of(body, "", errors);
        adopt.refuseUnknownKeys(KEYS);
        String transport = adopt.choice("transport", "udp", TRANSPORTS);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid channel specification", errors);
        }
        ObjectNode object = body.isObject() ? ((ObjectNode) body).deepCopy() : JsonNodeFactory.instance.objectNode();
        return new AdoptBody(object, transport);
    }

    /**
     * The channel body for {@link ChannelSpecReader#readBody}: the given keys, the id and name
     * defaulting to {@code gb-<channelId>} and the catalog name, and a gb28181 source.
     */
    ObjectNode channelSpec(GbChannel channel) {
        ObjectNode spec = JsonNodeFactory.instance.objectNode();
        spec.set("id", body.hasNonNull("id") ? body.get("id") : spec.textNode(DEFAULT_ID_PREFIX + channel.channelId()));
        if (body.hasNonNull("name")) {
            spec.set("name", body.get("name"));
        } else if (channel.name() != null && !channel.name().isBlank()) {
            spec.put("name", shorten(channel.name().strip()));
        }
        spec.putObject("source").put("type", "gb28181").put("deviceId", channel.deviceId())
                .put("channelId", channel.channelId()).put("transport", transport);
        copy("analysis", spec);
        copy("zones", spec);
        return spec;
    }

    /** A catalog name longer than a channel name may be is cut, never inside a surrogate pair. */
    private static String shorten(String name) {
        int max = ChannelSpecReader.MAX_NAME_LENGTH;
        if (name.length() <= max) {
            return name;
        }
        return name.substring(0, Character.isHighSurrogate(name.charAt(max - 1)) ? max - 1 : max);
    }

    private void copy(String key, ObjectNode spec) {
        if (body.has(key)) {
            spec.set(key, body.get(key));
        }
    }
}
