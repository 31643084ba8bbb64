package org.xueliang.alerts.jurisdiction;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueliang.alerts.channel.FieldReader;

/**
 * Reads the rows of a jurisdiction import from CSV (a header naming the columns, in any order)
 * or from a JSON array of objects. Problems of one row are collected as {@link RejectedRow}s;
 * problems of the whole body throw {@link InvalidImportException}.
 */
public final class ImportRows {
    /** The fields of a row; {@code parent} may be left out (counties have none). */
    public static final List<String> FIELDS = List.of("code", "name", "level", "parent");
    private static final List<String> REQUIRED = List.of("code", "name", "level");
    /** A county's tree is a few thousand nodes; more rows than this is a mistake. */
    public static final int MAX_ROWS = 20_000;

    private final List<ImportRow> rows = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();

    private ImportRows() {
    }

    /** The rows that could be read, and the rows that could not. */
    public record Result(List<ImportRow> rows, List<RejectedRow> rejected) {
    }

    public static Result fromCsv(String text) {
        List<List<String>> records = CsvReader.read(text);
        if (records.isEmpty()) {
            throw new InvalidImportException("the CSV is empty: expected a header row such as code,name,level,parent");
        }
        Map<String, Integer> columns = header(records.get(0));
        checkSize(records.size() - 1);
        ImportRows reader = new ImportRows();
        for (int i = 1; i < records.size(); i++) {
            reader.csvRecord(i + 1, records.get(i), columns, records.get(0).size());
        }
        return new Result(reader.rows, reader.rejected);
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (!FIELDS.contains(name)) {
                throw new InvalidImportException("header: unknown column " + FieldReader.quote(names.get(i).strip())
                        + ", allowed: " + String.join(", ", FIELDS));
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new InvalidImportException("header: column " + FieldReader.quote(name) + " appears twice");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new InvalidImportException("header: column " + FieldReader.quote(required)
                        + " is missing; columns are " + String.join(", ", FIELDS) + " (parent may be left out)");
            }
        }
        return columns;
    }

    private void csvRecord(int row, List<String> fields, Map<String, Integer> columns, int width) {
        if (fields.size() != width) {
            rejected.add(new RejectedRow(row, "", "has " + fields.size() + " fields, the header has " + width));
            return;
        }
        rows.add(new ImportRow(row, field(fields, columns, "code"), field(fields, columns, "name"),
                field(fields, columns, "level"), field(fields, columns, "parent")));
    }

    private static String field(List<String> fields, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null) {
            return null;
        }
        String value = fields.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    public static Result fromJson(JsonNode body) {
        if (!body.isArray()) {
            throw new InvalidImportException("the JSON body must be a list of objects with keys "
                    + String.join(", ", FIELDS) + ", got " + FieldReader.show(body));
        }
        checkSize(body.size());
        ImportRows reader = new ImportRows();
        for (int i = 0; i < body.size(); i++) {
            reader.jsonItem(i + 1, body.get(i));
        }
        return new Result(reader.rows, reader.rejected);
    }

    private void jsonItem(int row, JsonNode item) {
        if (!item.isObject()) {
            rejected.add(new RejectedRow(row, "", "must be an object with keys " + String.join(", ", FIELDS)
                    + ", got " + FieldReader.show(item)));
            return;
        }
        int before = rejected.size();
        Iterator<String> keys = item.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!FIELDS.contains(key)) {
                rejected.add(new RejectedRow(row, key, "unknown key, allowed: " + String.join(", ", FIELDS)));
            }
        }
        String code = text(row, item, "code");
        String name = text(row, item, "name");
        String level = text(row, item, "level");
        String parent = text(row, item, "parent");
        if (rejected.size() == before) {
            rows.add(new ImportRow(row, code, name, level, parent));
        }
    }

    private String text(int row, JsonNode item, String key) {
        JsonNode value = item.get(key);
        if (FieldReader.isAbsent(value)) {
            return null;
        }
        if (!value.isTextual()) {
            rejected.add(new RejectedRow(row, key, "must be a string, got " + FieldReader.show(value)));
            return null;
        }
        return value.textValue().isBlank() ? null : value.textValue().strip();
    }

    private static void checkSize(int count) {
        if (count > MAX_ROWS) {
            throw new InvalidImportException("an import may have at most " + MAX_ROWS + " rows, got " + count);
        }
    }
}
