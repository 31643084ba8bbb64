package org.xueliang.alerts.workflow;

/**
 * What one deadline scan did.
 *
 * @param escalated alerts escalated for want of an acknowledgement
 * @param overdue   dispatched alerts flagged overdue
 */
public record ScanResult(int escalated, int overdue) {
}
