package org.xueliang.alerts.jurisdiction;

/**
 * A row of an import that was not saved.
 *
 * @param row     its number: in CSV the header is row 1 and the first record row 2; in JSON the first item is row 1
 * @param field   the field at fault, {@code ""} for the row as a whole
 * @param message what is wrong, with the value found
 */
public record RejectedRow(int row, String field, String message) {
}
