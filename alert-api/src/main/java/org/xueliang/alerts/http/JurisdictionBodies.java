package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;
import org.xueliang.alerts.jurisdiction.Assignment;
import org.xueliang.alerts.jurisdiction.Jurisdiction;
import org.xueliang.alerts.jurisdiction.JurisdictionRules;
import org.xueliang.alerts.jurisdiction.Site;

/** Reads the bodies of jurisdictions, sites and channel assignments, collecting every problem. */
final class JurisdictionBodies {
    static final List<String> JURISDICTION_KEYS = List.of("code", "name", "level", "parent");
    static final List<String> SITE_KEYS = List.of("code", "name", "level", "jurisdiction", "channels");
    static final List<String> ASSIGNMENT_KEYS = List.of("site", "grid");

    private JurisdictionBodies() {
    }

    /**
     * {@code {"code", "name", "level", "parent"}}.
     *
     * @param pathCode the code in the path when replacing (the body's code may then be left out), null when creating
     */
    static Jurisdiction jurisdiction(JsonNode body, String pathCode) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader reader = FieldReader.of(body, "", errors);
        reader.refuseUnknownKeys(JURISDICTION_KEYS);
        int beforeTypes = errors.size();
        String code = code(reader, pathCode);
        String name = reader.string("name", null);
        String level = reader.string("level", null);
        String parent = reader.string("parent", null);
        // a value of the wrong type is reported once, not again as missing
        Jurisdiction jurisdiction = errors.size() == beforeTypes
                ? JurisdictionRules.read(code, name, level, parent, errors) : null;
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid jurisdiction", errors);
        }
        return jurisdiction;
    }

    /** {@code {"code", "name", "level": 1..3, "jurisdiction", "channels": [..]}}. */
    static Site site(JsonNode body, String pathCode) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader reader = FieldReader.of(body, "", errors);
        reader.refuseUnknownKeys(SITE_KEYS);
        String code = code(reader, pathCode);
        JurisdictionRules.checkCode("code", code, errors);
        String name = reader.string("name", null);
        JurisdictionRules.checkName(name, errors);
        if (!reader.has("level")) {
            reader.error("level", "is required, " + Site.MIN_LEVEL + " (most important) to " + Site.MAX_LEVEL);
        }
        int level = reader.integer("level", Site.MIN_LEVEL, Site.MIN_LEVEL, Site.MAX_LEVEL);
        String jurisdiction = reader.string("jurisdiction", null);
        JurisdictionRules.checkCode("jurisdiction", jurisdiction, errors);
        List<String> channels = channels(reader);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid site", errors);
        }
        return new Site(code.strip(), name.strip(), level, jurisdiction.strip(), channels);
    }

    private static List<String> channels(FieldReader reader) {
        List<String> channels = new ArrayList<>();
        Map<String, String> firstPath = new HashMap<>();
        List<JsonNode> items = reader.list("channels");
        for (int i = 0; i < items.size(); i++) {
            String path = FieldReader.item("channels", i);
            JsonNode item = items.get(i);
            if (!item.isTextual() || !ChannelSpecReader.ID.matcher(item.textValue()).matches()) {
                reader.errors().add(new FieldError(path, "must be a channel id, 1 to 64 lower-case letters, digits, "
                        + "'_' or '-', got " + FieldReader.show(item)));
            } else if (firstPath.putIfAbsent(item.textValue(), path) != null) {
                reader.errors().add(new FieldError(path, "duplicate of " + firstPath.get(item.textValue()) + " "
                        + FieldReader.quote(item.textValue())));
            } else {
                channels.add(item.textValue());
            }
        }
        return channels;
    }

    /** {@code {"site": "..."}} or {@code {"grid": "..."}}. */
    static Assignment assignment(JsonNode body, String channelId) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader reader = FieldReader.of(body, "", errors);
        reader.refuseUnknownKeys(ASSIGNMENT_KEYS);
        String site = reader.string("site", null);
        String grid = reader.string("grid", null);
        if (site == null && grid == null && errors.isEmpty()) {
            errors.add(new FieldError("", "give the code of a site or of a grid: {\"site\": \"...\"} or"
                    + " {\"grid\": \"...\"}"));
        } else if (site != null && grid != null) {
            reader.error("grid", "give site or grid, not both");
        } else if (site != null) {
            JurisdictionRules.checkCode("site", site, errors);
        } else if (grid != null) {
            JurisdictionRules.checkCode("grid", grid, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid assignment", errors);
        }
        return new Assignment(channelId, site == null ? null : site.strip(), grid == null ? null : grid.strip());
    }

    /** Checks a channel id taken from a path. */
    static String channelId(String id) {
        if (!ChannelSpecReader.ID.matcher(id).matches()) {
            throw new InvalidRequestException("invalid path", new FieldError("id",
                    "must be a channel id, 1 to 64 lower-case letters, digits, '_' or '-', got " + FieldReader.quote(id)));
        }
        return id;
    }

    private static String code(FieldReader reader, String pathCode) {
        String code = reader.string("code", null);
        if (pathCode == null) {
            return code;
        }
        if (code != null && !code.strip().equals(pathCode)) {
            reader.error("code", "must equal the code in the path " + FieldReader.quote(pathCode) + ", got "
                    + FieldReader.quote(code));
        }
        return pathCode;
    }
}
