package org.xueliang.alerts.http;

import java.util.Objects;
import org.xueliang.alerts.pipeline.AlertChange;
import org.xueliang.alerts.pipeline.AlertListener;
import org.xueliang.alerts.push.AlertStreamHub;
import org.xueliang.alerts.store.Alert;

/**
 * Sends each committed alert, and the alert again after each change (merged repeat, workflow
 * step, escalation, overdue), to the WebSocket consoles in the REST shape; consoles replace an
 * alert they have by id.
 */
public final class AlertStreamPublisher implements AlertListener {
    private final ScopedStreams streams;

    /** Publishes to every console of one hub, unscoped. */
    public AlertStreamPublisher(AlertStreamHub hub) {
        this(new ScopedStreams(hub, null, 1));
    }

    public AlertStreamPublisher(ScopedStreams streams) {
        this.streams = Objects.requireNonNull(streams, "streams");
    }

    @Override
    public void onAlert(Alert alert) {
        streams.publish(alert);
    }

    @Override
    public void onChange(AlertChange change) {
        streams.publish(change.alert());
    }

    @Override
    public String toString() {
        return "AlertStreamPublisher";
    }
}
