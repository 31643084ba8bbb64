package org.xueliang.alerts.delivery.mqtt;

import java.util.Objects;

/**
 * The topic tree, one branch per jurisdiction and camera channel:
 * <pre>
 * &lt;prefix&gt;/&lt;jurisdiction or "none"&gt;/&lt;channel&gt;/alerts   new alerts, QoS 1
 * &lt;prefix&gt;/&lt;jurisdiction or "none"&gt;/&lt;channel&gt;/events   state changes of those alerts, QoS 1
 * &lt;prefix&gt;/&lt;jurisdiction or "none"&gt;/&lt;channel&gt;/status   "online" or "offline", retained
 * </pre>
 * so that a township subscribes to {@code xueliang/340202001/#} and a county to
 * {@code xueliang/+/+/alerts}. A level that contains {@code / + #} (never a civil code or a
 * channel id) has them replaced by {@code _}, so that it stays one level and no wildcard.
 */
public final class MqttTopics {
    /** The level used for channels outside any jurisdiction. */
    public static final String NO_JURISDICTION = "none";

    private final String prefix;

    public MqttTopics(String prefix) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    public String alerts(String jurisdiction, String channelId) {
        return branch(jurisdiction, channelId) + "/alerts";
    }

    public String events(String jurisdiction, String channelId) {
        return branch(jurisdiction, channelId) + "/events";
    }

    public String status(String jurisdiction, String channelId) {
        return branch(jurisdiction, channelId) + "/status";
    }

    private String branch(String jurisdiction, String channelId) {
        String area = jurisdiction == null || jurisdiction.isEmpty() ? NO_JURISDICTION : level(jurisdiction);
        return prefix + "/" + area + "/" + level(channelId);
    }

    private static String level(String text) {
        return text.isEmpty() ? "_" : text.replaceAll("[/+#\\u0000]", "_");
    }
}
