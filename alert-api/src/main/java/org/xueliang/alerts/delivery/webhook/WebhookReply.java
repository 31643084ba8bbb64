package org.xueliang.alerts.delivery.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.xueliang.alerts.delivery.DeliveryChannel;

/**
 * Whether a webhook's answer means it took the message. Any 2xx does for a generic receiver.
 * Group robots answer HTTP 200 even when they refuse, with {@code {"errcode": 93000, "errmsg":
 * "..."}} (bad key, bad signature, rate limit), so for them only {@code errcode} 0 does.
 */
public final class WebhookReply {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_SHOWN_BODY = 200;

    private WebhookReply() {
    }

    /** @return null when accepted, otherwise why not */
    public static String problem(DeliveryChannel channel, int status, String body) {
        if (status < 200 || status > 299) {
            return "HTTP " + status + (body == null || body.isBlank() ? "" : ": " + shorten(body));
        }
        if (channel == DeliveryChannel.WEBHOOK_GENERIC) {
            return null;
        }
        JsonNode reply;
        try {
            reply = MAPPER.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            return "HTTP " + status + " but the robot's answer is not JSON: " + shorten(body);
        }
        JsonNode errcode = reply == null ? null : reply.get("errcode");
        if (errcode == null || !errcode.canConvertToInt()) {
            return "HTTP " + status + " but the robot's answer has no errcode: " + shorten(body);
        }
        if (errcode.asInt() != 0) {
            return "errcode " + errcode.asInt() + ": " + reply.path("errmsg").asText("");
        }
        return null;
    }

    private static String shorten(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() > MAX_SHOWN_BODY ? line.substring(0, MAX_SHOWN_BODY) + "..." : line;
    }
}
