package org.xueliang.alerts.pipeline;

import java.util.Objects;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AuditEntry;

/**
 * Something that happened to an alert after it was published.
 *
 * @param alert the alert as it is now
 * @param kind  what happened
 * @param entry the audit trail line it wrote, null for {@link Kind#MERGED}
 */
public record AlertChange(Alert alert, Kind kind, AuditEntry entry) {
    /** What happened to the alert. */
    public enum Kind {
        /** A repeat of the same channel, rule and type was merged into it (occurrences, latest snapshot). */
        MERGED,
        /** A workflow step moved it to another state. */
        TRANSITIONED,
        /** Nobody acknowledged it in time: it went up to the parent jurisdiction and must be notified again. */
        ESCALATED,
        /** Its assignee did not resolve it by the due time. */
        OVERDUE
    }

    public AlertChange {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(kind, "kind");
        if (entry == null && kind != Kind.MERGED) {
            throw new IllegalArgumentException("an alert change of kind " + kind + " needs its audit entry");
        }
    }
}
