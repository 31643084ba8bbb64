package org.xueliang.alerts.delivery;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.xueliang.alerts.store.Alert;

/**
 * Who receives which alerts, and how. An alert is delivered when the subscription is enabled and
 * every filter given accepts it; each filter left out accepts everything.
 *
 * @param id           1 to 64 of {@code [a-z0-9_-]}, chosen by the integrator
 * @param name         for people, defaults to the id
 * @param enabled      a disabled subscription receives nothing
 * @param channel      how messages travel
 * @param url          the webhook URL, null for websocket and mqtt; never logged unmasked
 * @param secret       webhook-generic: the HMAC key (required); webhook-dingtalk: the robot's signing
 *                     secret (optional); otherwise null. Never shown
 * @param jurisdiction a jurisdiction code: alerts whose jurisdiction lies in its subtree (see
 *                     {@link JurisdictionScope}); null for every alert
 * @param minLevel     the least urgent alert level delivered, 1 (only the most urgent) to 3 (all)
 * @param types        alert types delivered, empty for all
 * @param windows      weekly windows of the alert's event time in {@code timeZone}, empty for always
 * @param timeZone     the zone of the windows
 * @param stateChanges whether the state changes of alerts it received are sent too
 */
public record Subscription(String id, String name, boolean enabled, DeliveryChannel channel, String url,
                           String secret, String jurisdiction, int minLevel, Set<String> types,
                           List<TimeWindow> windows, ZoneId timeZone, boolean stateChanges) {
    /** The zone of windows when a subscription names none: the command centres' own. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Shanghai");

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(timeZone, "timeZone");
        types = Set.copyOf(types);
        windows = List.copyOf(windows);
        if (channel.isWebhook() && url == null) {
            throw new IllegalArgumentException("subscription " + id + ": channel " + channel.code() + " needs a url");
        }
    }

    /**
     * Whether a new alert goes to this subscription.
     *
     * @param jurisdictionOfAlert the code of the jurisdiction of the alert, null when it has none
     * @param scope               which codes lie in the subtree of which
     */
    public boolean accepts(Alert alert, String jurisdictionOfAlert, JurisdictionScope scope) {
        return enabled
                && (jurisdiction == null || jurisdictionOfAlert != null
                        && scope.within(jurisdictionOfAlert, jurisdiction))
                && alert.level() <= minLevel
                && (types.isEmpty() || types.contains(alert.type()))
                && (windows.isEmpty() || windows.stream().anyMatch(w -> w.contains(alert.eventTime().atZone(timeZone))));
    }

    @Override
    public String toString() {
        return "Subscription[" + id + ", " + channel.code() + (url == null ? "" : " " + SecretMask.url(url))
                + (enabled ? "" : ", disabled") + "]";
    }
}
