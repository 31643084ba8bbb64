package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertPage;
import org.xueliang.analytics.Box;

/** The JSON shape of an alert, the same in REST responses and on the WebSocket stream. */
public final class AlertJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AlertJson() {
    }

    /**
     * One alert; {@code snapshotUrl} is null when the alert has no snapshot, {@code description}
     * and {@code priority} are present only when the alert has them.
     */
    public static ObjectNode alert(Alert alert) {
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
        json.put("snapshotUrl", alert.hasSnapshot() ? snapshotPath(alert.id()) : null);
        json.put("acknowledgedAt", text(alert.acknowledgedAt()));
        json.put("acknowledgedBy", alert.acknowledgedBy());
        json.put("acknowledgeNote", alert.acknowledgeNote());
        // only device alerts have these; analytics alerts keep their shape
        if (alert.description() != null) {
            json.put("description", alert.description());
        }
        if (alert.priority() != null) {
            json.put("priority", alert.priority());
        }
        return json;
    }

    /** A page: {@code {"alerts":[..],"total":..,"limit":..,"offset":..}}. */
    public static ObjectNode page(AlertPage page) {
        ObjectNode json = NODES.objectNode();
        ArrayNode alerts = json.putArray("alerts");
        page.alerts().forEach(alert -> alerts.add(alert(alert)));
        json.put("total", page.total());
        json.put("limit", page.limit());
        json.put("offset", page.offset());
        return json;
    }

    /** The API path of an alert's snapshot. */
    public static String snapshotPath(String alertId) {
        return ApiRouter.API + "/alerts/" + alertId + "/snapshot";
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
