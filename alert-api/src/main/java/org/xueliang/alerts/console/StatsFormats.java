package org.xueliang.alerts.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A {@link StatsSummary} as JSON for the console and as CSV ({@code section,key,value} rows) for
 * spreadsheets.
 */
public final class StatsFormats {
    private StatsFormats() {
    }

    public static ObjectNode json(StatsSummary summary) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("from", summary.from().toString());
        body.put("to", summary.to().toString());
        body.put("total", summary.total());
        counts(body.putArray("bySite"), "site", summary.bySite());
        counts(body.putArray("byType"), "type", summary.byType());
        ArrayNode hours = body.putArray("byHour");
        for (int hour = 0; hour < summary.byHour().size(); hour++) {
            hours.addObject().put("hour", hour).put("count", summary.byHour().get(hour));
        }
        ArrayNode days = body.putArray("byDay");
        summary.byDay().forEach(day -> days.addObject().put("day", day.day().toString()).put("count", day.count()));
        durations(body.putObject("acknowledge"), summary.acknowledge());
        durations(body.putObject("close"), summary.close());
        counts(body.putArray("dismissedByRule"), "rule", summary.dismissedByRule());
        return body;
    }

    public static String csv(StatsSummary summary) {
        StringBuilder csv = new StringBuilder("section,key,value\r\n");
        row(csv, "window", "from", summary.from().toString());
        row(csv, "window", "to", summary.to().toString());
        row(csv, "total", "alerts", Long.toString(summary.total()));
        summary.bySite().forEach(count -> row(csv, "site", count.key(), Long.toString(count.count())));
        summary.byType().forEach(count -> row(csv, "type", count.key(), Long.toString(count.count())));
        for (int hour = 0; hour < summary.byHour().size(); hour++) {
            row(csv, "hour", Integer.toString(hour), Long.toString(summary.byHour().get(hour)));
        }
        summary.byDay().forEach(day -> row(csv, "day", day.day().toString(), Long.toString(day.count())));
        durationRows(csv, "acknowledge", summary.acknowledge());
        durationRows(csv, "close", summary.close());
        summary.dismissedByRule().forEach(count -> row(csv, "dismissedByRule", count.key(),
                Long.toString(count.count())));
        return csv.toString();
    }

    private static void counts(ArrayNode array, String name, List<StatsSummary.Count> counts) {
        counts.forEach(count -> array.addObject().put(name, count.key()).put("count", count.count()));
    }

    private static void durations(ObjectNode node, StatsSummary.Durations durations) {
        node.put("count", durations.count());
        node.put("meanSeconds", durations.meanSeconds());
        node.put("p50Seconds", durations.p50Seconds());
        node.put("p90Seconds", durations.p90Seconds());
    }

    private static void durationRows(StringBuilder csv, String section, StatsSummary.Durations durations) {
        row(csv, section, "count", Long.toString(durations.count()));
        row(csv, section, "meanSeconds", text(durations.meanSeconds()));
        row(csv, section, "p50Seconds", text(durations.p50Seconds()));
        row(csv, section, "p90Seconds", text(durations.p90Seconds()));
    }

    private static String text(Double value) {
        return value == null ? "" : value.toString();
    }

    private static void row(StringBuilder csv, String section, String key, String value) {
        csv.append(field(section)).append(',').append(field(key)).append(',').append(field(value)).append("\r\n");
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
