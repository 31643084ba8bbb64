package org.xueliang.alerts.workflow;

import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AuditEntry;

/**
 * A committed change of an alert.
 *
 * @param alert the alert after the change
 * @param entry the audit trail line written with it
 */
public record Transitioned(Alert alert, AuditEntry entry) {
}
