package org.xueliang.alerts.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import org.xueliang.alerts.pipeline.AlertListener;
import org.xueliang.alerts.push.AlertStreamHub;
import org.xueliang.alerts.store.Alert;

/** Sends each committed alert to the WebSocket consoles, in the REST shape. */
public final class AlertStreamPublisher implements AlertListener {
    private final ObjectMapper mapper = new ObjectMapper();
    private final AlertStreamHub hub;

    public AlertStreamPublisher(AlertStreamHub hub) {
        this.hub = Objects.requireNonNull(hub, "hub");
    }

    @Override
    public void onAlert(Alert alert) {
        try {
            hub.broadcast(mapper.writeValueAsString(AlertJson.alert(alert)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write alert " + alert.id() + " as JSON", e);
        }
    }

    @Override
    public String toString() {
        return "AlertStreamPublisher";
    }
}
