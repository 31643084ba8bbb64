package org.xueliang.alerts.jurisdiction;

import java.util.List;

/**
 * The outcome of an import: accepted rows are saved, every other row is reported.
 *
 * @param created  jurisdictions that did not exist before
 * @param updated  existing jurisdictions whose name, level or parent the import replaced
 * @param rejected every row not saved, in row order
 */
public record ImportReport(int created, int updated, List<RejectedRow> rejected) {
    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /** Rows saved. */
    public int accepted() {
        return created + updated;
    }
}
