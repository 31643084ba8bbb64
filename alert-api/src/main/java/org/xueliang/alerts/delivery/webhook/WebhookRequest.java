package org.xueliang.alerts.delivery.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xueliang.alerts.delivery.Delivery;
import org.xueliang.alerts.delivery.DeliveryChannel;
import org.xueliang.alerts.delivery.Subscription;

/**
 * One webhook POST, built without I/O so that its exact bytes can be tested.
 *
 * @param uri     where to, credentials and (DingTalk) signature included; never logged unmasked
 * @param headers besides {@code Content-Type: application/json}
 * @param body    the exact bytes sent, the ones the signature covers
 */
public record WebhookRequest(URI uri, Map<String, String> headers, byte[] body) {
    public static final String SIGNATURE = "X-Xueliang-Signature";
    public static final String IDEMPOTENCY_KEY = "X-Xueliang-Idempotency-Key";
    public static final String TIMESTAMP = "X-Xueliang-Timestamp";

    public WebhookRequest {
        headers = Map.copyOf(headers);
    }

    /**
     * The request for a delivery to a webhook subscription at {@code now}. Every channel carries
     * the idempotency key and the time; the generic one is signed in a header, DingTalk in the
     * query when the subscription has a secret, WeCom by the key inside its URL.
     */
    public static WebhookRequest of(Delivery delivery, Subscription subscription, Instant now) {
        DeliveryChannel channel = subscription.channel();
        String body = switch (channel) {
            case WEBHOOK_WECOM -> RobotMessages.wecom(delivery.payload(), subscription.timeZone());
            case WEBHOOK_DINGTALK -> RobotMessages.dingTalk(delivery.payload(), subscription.timeZone());
            case WEBHOOK_GENERIC -> delivery.payload();
            default -> throw new IllegalArgumentException("not a webhook channel: " + channel.code());
        };
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(IDEMPOTENCY_KEY, delivery.idempotencyKey());
        headers.put(TIMESTAMP, String.valueOf(now.getEpochSecond()));
        String url = subscription.url();
        if (channel == DeliveryChannel.WEBHOOK_GENERIC) {
            headers.put(SIGNATURE, WebhookSigner.signature(subscription.secret(), bytes));
        } else if (channel == DeliveryChannel.WEBHOOK_DINGTALK && subscription.secret() != null) {
            long millis = now.toEpochMilli();
            url += (url.contains("?") ? "&" : "?") + "timestamp=" + millis + "&sign="
                    + WebhookSigner.dingTalkSign(subscription.secret(), millis);
        }
        return new WebhookRequest(URI.create(url), headers, bytes);
    }
}
