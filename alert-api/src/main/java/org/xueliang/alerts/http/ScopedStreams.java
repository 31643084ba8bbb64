package org.xueliang.alerts.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.xueliang.alerts.auth.Principal;
import org.xueliang.alerts.jurisdiction.JurisdictionDirectory;
import org.xueliang.alerts.jurisdiction.JurisdictionTree;
import org.xueliang.alerts.push.AlertStreamHub;
import org.xueliang.alerts.store.Alert;

/**
 * The WebSocket consoles by scope: one hub for everybody who sees all alerts, and one per
 * jurisdiction whose duty officers are connected, which gets only the alerts of channels in that
 * jurisdiction's subtree. Each hub keeps its own slow-consumer limit.
 */
public final class ScopedStreams {
    private final ObjectMapper mapper = new ObjectMapper();
    private final AlertStreamHub all;
    private final JurisdictionDirectory directory;
    private final int maxPending;
    private final Map<String, AlertStreamHub> byJurisdiction = new ConcurrentHashMap<>();

    /**
     * @param all        the hub of consoles that see every alert
     * @param directory  the tree that decides which channel is in which scope; null when there is none
     * @param maxPending messages a scoped console may have queued before it counts as too slow
     */
    public ScopedStreams(AlertStreamHub all, JurisdictionDirectory directory, int maxPending) {
        this.all = Objects.requireNonNull(all, "all");
        this.directory = directory;
        this.maxPending = maxPending;
    }

    /** The hub a principal's console joins. */
    AlertStreamHub hubFor(Principal principal) {
        if (principal.seesAllAlerts() || directory == null) {
            return all;
        }
        return byJurisdiction.computeIfAbsent(principal.jurisdiction(), code -> new AlertStreamHub(maxPending));
    }

    /** Sends an alert in the REST shape to every console allowed to see it. Never blocks. */
    public void publish(Alert alert) {
        String text;
        try {
            text = mapper.writeValueAsString(AlertJson.alert(alert));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write alert " + alert.id() + " as JSON", e);
        }
        all.broadcast(text);
        if (byJurisdiction.isEmpty()) {
            return;
        }
        JurisdictionTree tree = directory.tree();
        byJurisdiction.forEach((code, hub) -> {
            if (hub.connections() > 0 && tree.channelWithin(alert.channelId(), code)) {
                hub.broadcast(text);
            }
        });
    }

    /** Connected consoles of every scope. */
    public int connections() {
        return all.connections() + byJurisdiction.values().stream().mapToInt(AlertStreamHub::connections).sum();
    }
}
