package org.xueliang.bench;

import java.util.ArrayList;
import java.util.List;

/** A result table printed aligned for people and written as CSV for tools. */
final class Table {
    private final String title;
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String title, List<String> header) {
        this.title = title;
        this.header = List.copyOf(header);
    }

    void add(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row needs " + header.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
    }

    String render() {
        int[] widths = new int[header.size()];
        for (List<String> row : allRows()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        for (List<String> row : allRows()) {
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? String.format("%-" + widths[i] + "s", row.get(i))
                        : String.format("  %" + widths[i] + "s", row.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    String csv() {
        StringBuilder out = new StringBuilder();
        for (List<String> row : allRows()) {
            out.append(String.join(",", row.stream().map(Table::csvCell).toList())).append('\n');
        }
        return out.toString();
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    private static String csvCell(String cell) {
        return cell.contains(",") || cell.contains("\"") ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
