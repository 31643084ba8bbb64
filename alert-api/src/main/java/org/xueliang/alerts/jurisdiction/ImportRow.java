package org.xueliang.alerts.jurisdiction;

/**
 * One row of a jurisdiction import, as text; null fields were absent or empty.
 *
 * @param row the row's number (see {@link RejectedRow#row()})
 */
public record ImportRow(int row, String code, String name, String level, String parent) {
}
