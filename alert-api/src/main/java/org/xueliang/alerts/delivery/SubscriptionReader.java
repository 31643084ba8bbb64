package org.xueliang.alerts.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;
import org.xueliang.alerts.store.Handling;

/**
 * Reads a subscription from a JSON tree (an API body or a stored specification), collecting every
 * problem with its key path. Unknown keys are refused. A secret or URL given back as its masked
 * form ({@code ***}) keeps the stored value, so that a GET, edit, PUT round trip works.
 */
public final class SubscriptionReader {
    public static final int MIN_SECRET_LENGTH = 16;
    static final List<String> KEYS = List.of("id", "name", "enabled", "channel", "url", "secret", "jurisdiction",
            "minLevel", "types", "windows", "timeZone", "stateChanges");
    private static final List<String> WINDOW_KEYS = List.of("days", "from", "to");
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    /** The codes of the jurisdiction tree. */
    private static final Pattern JURISDICTION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,31}");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final String ID_RULE = "must be 1 to 64 lower-case letters, digits, '_' or '-', "
            + "starting with a letter or digit, got ";

    private final boolean mqttConfigured;

    /** @param mqttConfigured whether the server has a broker; without one, mqtt subscriptions are refused */
    public SubscriptionReader(boolean mqttConfigured) {
        this.mqttConfigured = mqttConfigured;
    }

    /**
     * Reads one subscription, appending every problem to {@code errors}.
     *
     * @param stored the subscription being replaced, whose secrets a masked value keeps; null for a new one
     * @return the subscription, or null if there was any problem
     */
    public Subscription read(JsonNode node, Subscription stored, List<FieldError> errors) {
        int before = errors.size();
        FieldReader body = FieldReader.of(node, "", errors);
        if (errors.size() > before) {
            // not an object: listing each missing key would only repeat that
            return null;
        }
        body.refuseUnknownKeys(KEYS);
        String id = id(body);
        String name = name(body, id);
        DeliveryChannel channel = channel(body);
        String url = url(body, channel, stored);
        String secret = secret(body, channel, stored);
        String jurisdiction = jurisdiction(body);
        int minLevel = body.integer("minLevel", Handling.MAX_LEVEL, Handling.MIN_LEVEL, Handling.MAX_LEVEL);
        Set<String> types = types(body);
        List<TimeWindow> windows = windows(body);
        ZoneId zone = timeZone(body);
        boolean enabled = body.bool("enabled", true);
        boolean stateChanges = body.bool("stateChanges", true);
        if (errors.size() > before) {
            return null;
        }
        return new Subscription(id, name, enabled, channel, url, secret, jurisdiction, minLevel, types, windows,
                zone, stateChanges);
    }

    private static String id(FieldReader body) {
        String id = body.requiredString("id");
        if (id != null && !ChannelSpecReader.ID.matcher(id).matches()) {
            body.error("id", ID_RULE + FieldReader.quote(id));
        }
        return id;
    }

    private static String name(FieldReader body, String id) {
        String name = body.string("name", id);
        if (name != null && name.length() > ChannelSpecReader.MAX_NAME_LENGTH) {
            body.error("name", "must be at most " + ChannelSpecReader.MAX_NAME_LENGTH + " characters, got "
                    + name.length());
        }
        return name;
    }

    private DeliveryChannel channel(FieldReader body) {
        if (!body.has("channel")) {
            body.error("channel", "is required, one of " + String.join(", ", DeliveryChannel.codes()));
            return null;
        }
        String code = body.choice("channel", null, DeliveryChannel.codes());
        DeliveryChannel channel = code == null ? null : DeliveryChannel.ofCode(code).orElseThrow();
        if (channel == DeliveryChannel.MQTT && !mqttConfigured) {
            body.error("channel", "mqtt needs a broker: set delivery.mqtt.url in the server configuration");
        }
        return channel;
    }

    private static String url(FieldReader body, DeliveryChannel channel, Subscription stored) {
        String url = body.string("url", null);
        if (channel == null) {
            return url;
        }
        if (!channel.isWebhook()) {
            if (url != null) {
                body.error("url", "is only used by webhook channels, not by " + channel.code());
            }
            return null;
        }
        if (url == null) {
            body.error("url", "is required for channel " + channel.code());
            return null;
        }
        if (stored != null && stored.url() != null && url.equals(SecretMask.url(stored.url()))) {
            return stored.url();
        }
        String problem = urlProblem(url);
        if (problem != null) {
            body.error("url", problem + ", got " + FieldReader.quote(SecretMask.url(url)));
        }
        return url;
    }

    private static String urlProblem(String url) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            return "must start with http:// or https://";
        }
        try {
            URI uri = new URI(url);
            return uri.getHost() == null ? "must name a host" : null;
        } catch (URISyntaxException e) {
            return "is not a valid URL (" + e.getReason() + ")";
        }
    }

    private static String secret(FieldReader body, DeliveryChannel channel, Subscription stored) {
        String secret = body.secret("secret", null);
        if (channel == null) {
            return secret;
        }
        boolean signs = channel == DeliveryChannel.WEBHOOK_GENERIC || channel == DeliveryChannel.WEBHOOK_DINGTALK;
        if (!signs) {
            if (secret != null) {
                body.error("secret", "is only used by webhook-generic and webhook-dingtalk, not by " + channel.code());
            }
            return null;
        }
        if (SecretMask.MASK.equals(secret)) {
            if (stored == null || stored.secret() == null) {
                body.error("secret", "is the mask \"***\", give the secret itself");
                return null;
            }
            return stored.secret();
        }
        if (secret == null && channel == DeliveryChannel.WEBHOOK_GENERIC) {
            body.error("secret", "is required for channel webhook-generic: receivers check X-Xueliang-Signature "
                    + "with it, at least " + MIN_SECRET_LENGTH + " characters");
        } else if (secret != null && secret.length() < MIN_SECRET_LENGTH) {
            // the length is reported, never the secret
            body.error("secret", "must be at least " + MIN_SECRET_LENGTH + " characters, got " + secret.length());
        }
        return secret;
    }

    private static String jurisdiction(FieldReader body) {
        String code = body.string("jurisdiction", null);
        if (code != null && !JURISDICTION.matcher(code).matches()) {
            body.error("jurisdiction", "must be a jurisdiction code of 1 to 32 letters, digits, '_' or '-', "
                    + "starting with a letter or digit, got " + FieldReader.quote(code));
        }
        return code;
    }

    private static Set<String> types(FieldReader body) {
        Set<String> types = new LinkedHashSet<>();
        List<JsonNode> items = body.list("types");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = FieldReader.item(body.pathOf("types"), i);
            if (!item.isTextual() || !TYPE.matcher(item.textValue()).matches()) {
                body.errors().add(new FieldError(path, "must be an alert type in capitals like ZONE_INTRUSION, got "
                        + FieldReader.show(item)));
            } else {
                types.add(item.textValue());
            }
        }
        return types;
    }

    private static List<TimeWindow> windows(FieldReader body) {
        List<TimeWindow> windows = new ArrayList<>();
        List<JsonNode> items = body.list("windows");
        for (int i = 0; i < items.size(); i++) {
            int before = body.errors().size();
            FieldReader window = FieldReader.of(items.get(i), FieldReader.item(body.pathOf("windows"), i),
                    body.errors());
            if (body.errors().size() > before) {
                continue;
            }
            window.refuseUnknownKeys(WINDOW_KEYS);
            Set<DayOfWeek> days = days(window);
            LocalTime from = timeOfDay(window, "from");
            LocalTime to = timeOfDay(window, "to");
            if (days != null && !days.isEmpty() && from != null && to != null) {
                windows.add(new TimeWindow(days, from, to));
            }
        }
        return windows;
    }

    /** Every day when absent; null after a problem. */
    private static Set<DayOfWeek> days(FieldReader window) {
        if (!window.has("days")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        List<JsonNode> items = window.list("days");
        if (window.get("days").isArray() && items.isEmpty()) {
            window.error("days", "must name at least one day, or be left out for every day");
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        boolean valid = window.get("days").isArray();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            int index = item.isTextual() ? DAYS.indexOf(item.textValue().strip().toUpperCase(Locale.ROOT)) : -1;
            if (index < 0) {
                window.errors().add(new FieldError(FieldReader.item(window.pathOf("days"), i),
                        "must be one of " + String.join(", ", DAYS) + ", got " + FieldReader.show(item)));
                valid = false;
            } else {
                days.add(DayOfWeek.of(index + 1));
            }
        }
        return valid ? days : null;
    }

    private static LocalTime timeOfDay(FieldReader window, String key) {
        String text = window.requiredString(key);
        if (text == null) {
            return null;
        }
        if (!TIME.matcher(text).matches()) {
            window.error(key, "must be a time of day from \"00:00\" to \"23:59\", got " + FieldReader.quote(text));
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("the pattern admits only valid times, got " + text, e);
        }
    }

    private static ZoneId timeZone(FieldReader body) {
        String text = body.string("timeZone", null);
        if (text == null) {
            return Subscription.DEFAULT_TIME_ZONE;
        }
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            body.error("timeZone", "must be a time zone like \"Asia/Shanghai\" or \"+08:00\", got "
                    + FieldReader.quote(text));
            return Subscription.DEFAULT_TIME_ZONE;
        }
    }
}
