package org.xueliang.alerts.delivery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** The JSON shape of a subscription, the one {@link SubscriptionReader} reads. */
public final class SubscriptionJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SubscriptionJson() {
    }

    /**
     * @param maskSecrets true for API output and logs (secret and URL credentials as {@code ***}),
     *                    false for the store
     */
    public static ObjectNode toJson(Subscription subscription, boolean maskSecrets) {
        ObjectNode json = NODES.objectNode();
        json.put("id", subscription.id());
        json.put("name", subscription.name());
        json.put("enabled", subscription.enabled());
        json.put("channel", subscription.channel().code());
        if (subscription.url() != null) {
            json.put("url", maskSecrets ? SecretMask.url(subscription.url()) : subscription.url());
        }
        if (subscription.secret() != null) {
            json.put("secret", maskSecrets ? SecretMask.secret(subscription.secret()) : subscription.secret());
        }
        if (subscription.jurisdiction() != null) {
            json.put("jurisdiction", subscription.jurisdiction());
        }
        json.put("minLevel", subscription.minLevel());
        ArrayNode types = json.putArray("types");
        subscription.types().stream().sorted().forEach(types::add);
        ArrayNode windows = json.putArray("windows");
        for (TimeWindow window : subscription.windows()) {
            ObjectNode item = windows.addObject();
            ArrayNode days = item.putArray("days");
            window.days().stream().sorted().map(SubscriptionJson::day).forEach(days::add);
            item.put("from", window.from().toString());
            item.put("to", window.to().toString());
        }
        json.put("timeZone", subscription.timeZone().getId());
        json.put("stateChanges", subscription.stateChanges());
        return json;
    }

    private static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toUpperCase(Locale.ROOT);
    }
}
