package org.xueliang.alerts.pipeline;

import org.xueliang.alerts.store.Alert;

/**
 * Decides how a new alert is handled before it is stored: its level, the jurisdiction
 * responsible and its acknowledgement deadline. Called on a store thread, so it may read the
 * store; it must not write.
 */
@FunctionalInterface
public interface AlertTriage {
    /** The alert with its handling filled in. */
    Alert triage(Alert alert);

    /** Leaves alerts as they come: default level, no jurisdiction, no deadline. */
    static AlertTriage none() {
        return alert -> alert;
    }
}
