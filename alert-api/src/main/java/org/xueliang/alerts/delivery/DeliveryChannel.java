package org.xueliang.alerts.delivery;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How a subscription's messages travel, named in the API as {@link #code()}. */
public enum DeliveryChannel {
    /** The delivery stream of the console, {@code WS /api/v1/deliveries/stream}. */
    WEBSOCKET("websocket"),
    /** The MQTT broker of {@code delivery.mqtt}, on the documented topic tree. */
    MQTT("mqtt"),
    /** A JSON POST signed with the subscription's secret. */
    WEBHOOK_GENERIC("webhook-generic"),
    /** A WeCom (企业微信) group robot. */
    WEBHOOK_WECOM("webhook-wecom"),
    /** A DingTalk (钉钉) group robot, signed when the subscription has a secret. */
    WEBHOOK_DINGTALK("webhook-dingtalk");

    private final String code;

    DeliveryChannel(String code) {
        this.code = code;
    }

    /** The name used in the API and the store. */
    public String code() {
        return code;
    }

    /** Whether messages go out as HTTP POSTs to the subscription's URL. */
    public boolean isWebhook() {
        return this == WEBHOOK_GENERIC || this == WEBHOOK_WECOM || this == WEBHOOK_DINGTALK;
    }

    /** Every code, in declaration order. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(DeliveryChannel::code).toList();
    }

    public static Optional<DeliveryChannel> ofCode(String code) {
        return Arrays.stream(values()).filter(channel -> channel.code.equals(code)).findFirst();
    }
}
