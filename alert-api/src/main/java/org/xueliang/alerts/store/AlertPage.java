package org.xueliang.alerts.store;

import java.util.List;

/**
 * One page of alerts, newest event first.
 *
 * @param alerts the page
 * @param total  how many alerts match the filters across all pages
 * @param limit  the page size asked for
 * @param offset how many matching alerts come before this page
 */
public record AlertPage(List<Alert> alerts, long total, int limit, long offset) {
    public AlertPage {
        alerts = List.copyOf(alerts);
    }
}
