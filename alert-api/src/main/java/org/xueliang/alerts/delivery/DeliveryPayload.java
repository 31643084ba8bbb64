package org.xueliang.alerts.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.xueliang.alerts.store.Alert;
import org.xueliang.analytics.Box;

/**
 * The JSON message of one delivery, the same on MQTT, generic webhooks and the delivery stream:
 * <pre>{@code
 * {"idempotencyKey": "<alert id>:<subscription id>:alert", "event": "alert" | "state" | "escalated" | "overdue",
 *  "subscriptionId": "...", "jurisdiction": "340202001" | null, "level": 1..3,
 *  "alert": {"id", "channelId", "ruleId", "type", "state", "eventTime", "createdAt", "boxes",
 *            "snapshotUrl", "snapshotLink", "acknowledgedAt", "acknowledgedBy", "acknowledgeNote",
 *            "description", "priority"}}
 * }</pre>
 * {@code alert} has the fields of the REST API's alert, as they were when the event happened,
 * plus {@code snapshotLink}, a signed link that works without a token (see {@link SnapshotLinks}),
 * when the alert has a snapshot and the server knows its public URL.
 */
public final class DeliveryPayload {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The path of a snapshot in the REST API, as {@code AlertJson} writes it. */
    private static final String SNAPSHOT_PATH = "/api/v1/alerts/%s/snapshot";

    private DeliveryPayload() {
    }

    /**
     * @param snapshotLink the signed link, null when there is none
     */
    /** {@code alert}, {@code escalated}, {@code overdue} or {@code state}: what the message announces. */
    static String event(String eventKind) {
        if (Delivery.NEW_ALERT.equals(eventKind)) {
            return "alert";
        }
        if (eventKind.startsWith("escalated:")) {
            return "escalated";
        }
        return Delivery.OVERDUE.equals(eventKind) ? "overdue" : "state";
    }

    public static String write(String idempotencyKey, String eventKind, String subscriptionId, String jurisdiction,
                               Alert alert, String snapshotLink) {
        ObjectNode json = NODES.objectNode();
        json.put("idempotencyKey", idempotencyKey);
        json.put("event", event(eventKind));
        json.put("subscriptionId", subscriptionId);
        json.put("jurisdiction", jurisdiction);
        json.put("level", alert.level());
        json.set("alert", alert(alert, snapshotLink));
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the payload of " + idempotencyKey, e);
        }
    }

    private static ObjectNode alert(Alert alert, String snapshotLink) {
        ObjectNode json = NODES.objectNode();
        json.put("id", alert.id());
        json.put("channelId", alert.channelId());
        json.put("ruleId", alert.ruleId());
        json.put("type", alert.type());
        json.put("state", alert.state().name());
        json.put("eventTime", text(alert.eventTime()));
        json.put("createdAt", text(alert.createdAt()));
        ArrayNode boxes = json.putArray("boxes");
        for (Box box : alert.boxes()) {
            boxes.addObject().put("x", box.x()).put("y", box.y()).put("width", box.width()).put("height", box.height());
        }
        json.put("snapshotUrl", alert.hasSnapshot() ? SNAPSHOT_PATH.formatted(alert.id()) : null);
        json.put("snapshotLink", alert.hasSnapshot() ? snapshotLink : null);
        json.put("acknowledgedAt", text(alert.acknowledgedAt()));
        json.put("acknowledgedBy", alert.acknowledgedBy());
        json.put("acknowledgeNote", alert.acknowledgeNote());
        json.put("description", alert.description());
        if (alert.priority() == null) {
            json.putNull("priority");
        } else {
            json.put("priority", alert.priority());
        }
        return json;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
