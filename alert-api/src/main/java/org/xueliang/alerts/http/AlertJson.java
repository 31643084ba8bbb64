package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertPage;
import org.xueliang.alerts.store.AuditEntry;
import org.xueliang.alerts.store.Handling;
import org.xueliang.alerts.workflow.Resolution;
import org.xueliang.analytics.Box;

/** The JSON shape of an alert, the same in REST responses and on the WebSocket stream. */
public final class AlertJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AlertJson() {
    }

    /**
     * One alert; {@code snapshotUrl} is null when the alert has no snapshot, {@code description}
     * and {@code priority} are present only when the alert has them. Then {@code occurrences},
     * {@code lastEventTime}, {@code level}, {@code jurisdiction}, {@code ackDueAt},
     * {@code escalations}, {@code assignee}, {@code dueAt} and {@code overdue}; last {@code details}, an
     * object of strings whose keys depend on the type ({@code trackIds}, {@code direction}, ...), empty when
     * the event had none.
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
        handling(json, alert);
        ObjectNode details = json.putObject("details");
        new TreeMap<>(alert.details()).forEach(details::put);
        return json;
    }

    /** Merging and workflow fields, added after the original shape so that older consoles read on. */
    private static void handling(ObjectNode json, Alert alert) {
        Handling handling = alert.handling();
        json.put("occurrences", alert.occurrences());
        json.put("lastEventTime", text(alert.lastEventTime()));
        json.put("level", handling.level());
        json.put("jurisdiction", handling.jurisdiction());
        json.put("ackDueAt", text(handling.ackDueAt()));
        json.put("escalations", handling.escalations());
        json.put("assignee", handling.assignee());
        json.put("dueAt", text(handling.dueAt()));
        json.put("overdue", handling.overdue());
    }

    /**
     * An alert with its audit trail and, once resolved, the resolution:
     * {@code {...alert, "trail": [{"seq","from","to","action","by","at","note"}], "resolution": {...} | null}}.
     */
    public static ObjectNode detail(Alert alert, List<AuditEntry> trail, Optional<Resolution> resolution) {
        ObjectNode json = alert(alert);
        ArrayNode entries = json.putArray("trail");
        for (AuditEntry entry : trail) {
            entries.addObject().put("seq", entry.seq()).put("from", entry.from().name()).put("to", entry.to().name())
                    .put("action", entry.action()).put("by", entry.actor()).put("at", text(entry.at()))
                    .put("note", entry.note());
        }
        json.set("resolution", resolution.map(r -> resolution(alert.id(), r)).orElse(null));
        return json;
    }

    private static ObjectNode resolution(String alertId, Resolution resolution) {
        ObjectNode json = NODES.objectNode();
        json.put("feedback", resolution.feedback());
        json.put("photoUrl", resolution.hasUploadedPhoto() ? photoPath(alertId) : resolution.photoUrl());
        json.put("resolvedBy", resolution.resolvedBy());
        json.put("resolvedAt", text(resolution.resolvedAt()));
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

    /** The API path of the photo uploaded with an alert's resolution. */
    public static String photoPath(String alertId) {
        return ApiRouter.API + "/alerts/" + alertId + "/photo";
    }

    /** The API path of an alert's snapshot. */
    public static String snapshotPath(String alertId) {
        return ApiRouter.API + "/alerts/" + alertId + "/snapshot";
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
