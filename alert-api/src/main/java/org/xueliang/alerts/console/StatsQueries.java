package org.xueliang.alerts.console;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.xueliang.alerts.store.AlertQuerySql;
import org.xueliang.alerts.store.Jdbc;

/**
 * Computes {@link StatsSummary statistics} over the alerts of a window and scope. Counts are
 * grouped in SQL; hours and days depend on a time zone, which H2 and PostgreSQL handle
 * differently, so they are bucketed here from the event times. Blocking: call it from a store
 * thread.
 */
public final class StatsQueries {
    /** Longest window: a year of daily counts. */
    public static final Duration MAX_WINDOW = Duration.ofDays(366);

    private final DataSource dataSource;

    public StatsQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param from     event time at or after
     * @param to       event time before; at most {@link #MAX_WINDOW} after {@code from}
     * @param channels only these channels (an access scope), or null for all
     * @param zone     the time zone of hours and days
     */
    public StatsSummary summary(Instant from, Instant to, Set<String> channels, ZoneId zone) {
        AlertQuerySql filter = new AlertQuerySql(from, to, channels);
        return Jdbc.read(dataSource, "computing alert statistics", connection -> {
            List<StatsSummary.Count> bySite = counts(connection, filter, "SELECT COALESCE(s.name, '"
                    + StatsSummary.NO_SITE + "') AS k, COUNT(*) AS n FROM (SELECT channel_id FROM alerts"
                    + filter.where() + ") a LEFT JOIN channel_assignments ca ON ca.channel_id = a.channel_id"
                    + " LEFT JOIN sites s ON s.code = ca.site_code GROUP BY COALESCE(s.name, '"
                    + StatsSummary.NO_SITE + "')");
            List<StatsSummary.Count> byType = counts(connection, filter,
                    "SELECT alert_type AS k, COUNT(*) AS n FROM alerts" + filter.where() + " GROUP BY alert_type");
            List<StatsSummary.Count> dismissed = counts(connection, filter, "SELECT rule_id AS k, COUNT(*) AS n"
                    + " FROM alerts" + and(filter, "state = 'DISMISSED'") + " GROUP BY rule_id");
            return timed(connection, filter, new Window(from, to, zone), bySite, byType, dismissed);
        });
    }

    private record Window(Instant from, Instant to, ZoneId zone) {
    }

    private static String and(AlertQuerySql filter, String condition) {
        String where = filter.where();
        return where.isEmpty() ? " WHERE " + condition : where + " AND " + condition;
    }

    private static List<StatsSummary.Count> counts(Connection connection, AlertQuerySql filter, String sql)
            throws SQLException {
        List<StatsSummary.Count> counts = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql + " ORDER BY n DESC, k")) {
            filter.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.add(new StatsSummary.Count(rows.getString("k"), rows.getLong("n")));
                }
            }
        }
        return counts;
    }

    /** One pass over the window's alerts for what depends on the clock: hours, days, durations. */
    private static StatsSummary timed(Connection connection, AlertQuerySql filter, Window window,
                                      List<StatsSummary.Count> bySite, List<StatsSummary.Count> byType,
                                      List<StatsSummary.Count> dismissed) throws SQLException {
        String sql = "SELECT event_time, created_at, acknowledged_at, (SELECT MIN(au.changed_at) FROM alert_audit au"
                + " WHERE au.alert_id = alerts.id AND au.to_state = 'CLOSED') AS closed_at FROM alerts"
                + filter.where();
        long[] byHour = new long[24];
        Map<LocalDate, Long> byDay = emptyDays(window);
        List<Double> acknowledge = new ArrayList<>();
        List<Double> close = new ArrayList<>();
        long total = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            filter.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    total++;
                    var local = Jdbc.instant(rows, "event_time").atZone(window.zone());
                    byHour[local.getHour()]++;
                    byDay.merge(local.toLocalDate(), 1L, Long::sum);
                    Instant created = Jdbc.instant(rows, "created_at");
                    addSeconds(acknowledge, created, Jdbc.instant(rows, "acknowledged_at"));
                    addSeconds(close, created, Jdbc.instant(rows, "closed_at"));
                }
            }
        }
        List<StatsSummary.DayCount> days = byDay.entrySet().stream()
                .map(day -> new StatsSummary.DayCount(day.getKey(), day.getValue())).toList();
        return new StatsSummary(window.from(), window.to(), total, bySite, byType,
                Arrays.stream(byHour).boxed().toList(), days,
                StatsSummary.Durations.of(acknowledge), StatsSummary.Durations.of(close), dismissed);
    }

    private static Map<LocalDate, Long> emptyDays(Window window) {
        Map<LocalDate, Long> days = new TreeMap<>();
        LocalDate last = window.to().minusNanos(1).atZone(window.zone()).toLocalDate();
        for (LocalDate day = window.from().atZone(window.zone()).toLocalDate(); !day.isAfter(last);
             day = day.plusDays(1)) {
            days.put(day, 0L);
        }
        return days;
    }

    private static void addSeconds(List<Double> seconds, Instant start, Instant end) {
        if (start != null && end != null) {
            seconds.add(Math.max(0, Duration.between(start, end).toNanos() / 1e9));
        }
    }
}
