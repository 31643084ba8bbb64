package org.xueliang.alerts.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One line of an alert's audit trail: a workflow step, an escalation or a missed due time.
 * Steps that do not change the state (escalation, overdue) have {@code from == to}.
 *
 * @param alertId the alert
 * @param seq     position in the alert's trail, from 1
 * @param from    state before
 * @param to      state after
 * @param action  what happened, for example {@code DISPATCH} or {@code ESCALATE}
 * @param actor   who did it: a user name, or {@code system} for the scheduler; may be null
 * @param at      when
 * @param note    free text (dispatch note, feedback, dismissal reason, escalation target); may be null
 */
public record AuditEntry(String alertId, int seq, AlertState from, AlertState to, String action, String actor,
                         Instant at, String note) {
    public AuditEntry {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(action, "action");
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
    }
}
