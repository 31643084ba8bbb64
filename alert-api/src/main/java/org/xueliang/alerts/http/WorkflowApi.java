package org.xueliang.alerts.http;

import java.util.Objects;
import org.xueliang.alerts.auth.Accounts;
import org.xueliang.alerts.jurisdiction.JurisdictionRegistry;
import org.xueliang.alerts.workflow.WorkflowQueries;
import org.xueliang.alerts.workflow.WorkflowService;

/**
 * What the workflow, jurisdiction and user routes work on.
 *
 * @param workflow      carries out workflow steps (blocking, used through the store executor)
 * @param queries       trails, resolutions, photos, dismissal counts (blocking)
 * @param jurisdictions the tree, sites and channel assignments (blocking), and its in-memory directory
 * @param accounts      users and tokens (blocking)
 * @param streams       the WebSocket consoles by scope
 */
public record WorkflowApi(WorkflowService workflow, WorkflowQueries queries, JurisdictionRegistry jurisdictions,
                          Accounts accounts, ScopedStreams streams) {
    public WorkflowApi {
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(jurisdictions, "jurisdictions");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(streams, "streams");
    }
}
