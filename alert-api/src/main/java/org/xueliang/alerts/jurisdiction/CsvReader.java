package org.xueliang.alerts.jurisdiction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180) into records of fields: comma separated, fields optionally in
 * double quotes, a quote inside quotes written twice, line breaks CRLF or LF, also inside
 * quotes. A leading byte order mark is dropped (spreadsheets save one); lines that are entirely
 * empty are skipped.
 */
public final class CsvReader {
    private CsvReader() {
    }

    /**
     * The records, in order.
     *
     * @throws InvalidImportException when a quoted field is never closed or text follows a closing quote
     */
    public static List<List<String>> read(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i = quoted(csv, i + 1, field, records.size() + 1);
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\n' || c == '\r') {
                record.add(field.toString());
                field.setLength(0);
                addUnlessEmpty(records, record);
                record = new ArrayList<>();
                i += c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                field.append(c);
                i++;
            }
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            addUnlessEmpty(records, record);
        }
        return records;
    }

    /** Reads a quoted field from just after its opening quote; returns the index after its closing quote. */
    private static int quoted(String csv, int from, StringBuilder field, int recordNumber) {
        int i = from;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (c != '"') {
                field.append(c);
                i++;
            } else if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                field.append('"');
                i += 2;
            } else {
                int after = i + 1;
                if (after < csv.length() && ",\r\n".indexOf(csv.charAt(after)) < 0) {
                    throw new InvalidImportException("row " + recordNumber
                            + ": a quoted field must end at a comma or the end of the line, got "
                            + csv.charAt(after) + " after the closing quote");
                }
                return after;
            }
        }
        throw new InvalidImportException("row " + recordNumber + ": a quoted field is never closed");
    }

    private static void addUnlessEmpty(List<List<String>> records, List<String> record) {
        if (!(record.size() == 1 && record.get(0).isEmpty())) {
            records.add(record);
        }
    }
}
