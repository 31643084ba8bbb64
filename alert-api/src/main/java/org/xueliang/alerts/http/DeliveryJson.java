package org.xueliang.alerts.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.xueliang.alerts.delivery.Delivery;
import org.xueliang.alerts.delivery.DeliveryPage;

/** The JSON shape of deliveries in the API. */
final class DeliveryJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DeliveryJson() {
    }

    /** @param withPayload whether to include the message itself (single delivery), not in lists */
    static ObjectNode delivery(Delivery delivery, boolean withPayload) {
        ObjectNode json = NODES.objectNode();
        json.put("id", delivery.id());
        json.put("alertId", delivery.alertId());
        json.put("subscriptionId", delivery.subscriptionId());
        json.put("channel", delivery.channel().code());
        json.put("event", delivery.eventKind());
        json.put("idempotencyKey", delivery.idempotencyKey());
        json.put("jurisdiction", delivery.jurisdiction());
        json.put("state", delivery.state().name());
        json.put("attempts", delivery.attempts());
        json.put("nextAttemptAt", text(delivery.nextAttemptAt()));
        json.put("lastError", delivery.lastError());
        json.put("createdAt", text(delivery.createdAt()));
        json.put("updatedAt", text(delivery.updatedAt()));
        json.put("deliveredAt", text(delivery.deliveredAt()));
        if (withPayload) {
            try {
                json.set("payload", MAPPER.readTree(delivery.payload()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the payload of delivery " + delivery.id() + " is not JSON", e);
            }
        }
        return json;
    }

    /** {@code {"deliveries":[..],"total":..,"limit":..,"offset":..}}. */
    static ObjectNode page(DeliveryPage page) {
        ObjectNode json = NODES.objectNode();
        ArrayNode list = json.putArray("deliveries");
        page.deliveries().forEach(delivery -> list.add(delivery(delivery, false)));
        json.put("total", page.total());
        json.put("limit", page.limit());
        json.put("offset", page.offset());
        return json;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
