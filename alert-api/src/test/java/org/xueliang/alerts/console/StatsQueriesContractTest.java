package org.xueliang.alerts.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueliang.alerts.store.Jdbc;
import org.xueliang.alerts.store.TestDatabase;
import org.xueliang.alerts.store.TestDatabase.Vendor;

/** Statistics and saved layouts give the same answers on H2 and PostgreSQL, on a fresh schema. */
class StatsQueriesContractTest {
    private static final Instant MONDAY = Instant.parse("2026-11-23T00:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Six alerts over two days, two sites and a channel at no site; some acknowledged, closed, dismissed. */
    private static void seed(TestDatabase db) throws SQLException {
        try (Connection connection = db.separateConnection()) {
            execute(connection, "INSERT INTO jurisdictions (code, name, jurisdiction_level, parent_code, created_at,"
                    + " updated_at) VALUES ('330100', 'County', 'COUNTY', NULL, ?, ?)", MONDAY, MONDAY);
            site(connection, "S1", "Town gate");
            site(connection, "S2", "School");
            assign(connection, "gate-1", "S1");
            assign(connection, "gate-2", "S1");
            assign(connection, "school", "S2");
            // 2026-11-23 01:00Z is 09:00 in Shanghai
            alert(connection, "a1", "gate-1", "lawn", "ZONE_INTRUSION", "ACKNOWLEDGED", "2026-11-23T01:00:00Z", 10);
            alert(connection, "a2", "gate-2", "lawn", "ZONE_INTRUSION", "CLOSED", "2026-11-23T01:30:00Z", 30);
            alert(connection, "a3", "school", "fence", "LINE_CROSSING", "DISMISSED", "2026-11-23T17:00:00Z", -1);
            alert(connection, "a4", "school", "fence", "LINE_CROSSING", "DISMISSED", "2026-11-24T02:00:00Z", 50);
            alert(connection, "a5", "yard", "crowd", "CROWD", "NEW", "2026-11-24T03:00:00Z", -1);
            // outside the window
            alert(connection, "a6", "gate-1", "lawn", "ZONE_INTRUSION", "NEW", "2026-11-30T00:00:00Z", -1);
            audit(connection, "a2", "RESOLVED", "CLOSED", "2026-11-23T01:30:00Z", 600);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void countsBySiteTypeHourAndDayWithStepDurations(Vendor vendor) throws Exception {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            seed(db);
            StatsSummary summary = new StatsQueries(db.database().dataSource())
                    .summary(MONDAY, MONDAY.plusSeconds(2 * 86_400), null, SHANGHAI);

            assertThat(summary.total()).isEqualTo(5);
            assertThat(summary.bySite()).containsExactly(new StatsSummary.Count("School", 2),
                    new StatsSummary.Count("Town gate", 2), new StatsSummary.Count(StatsSummary.NO_SITE, 1));
            assertThat(summary.byType()).containsExactly(new StatsSummary.Count("LINE_CROSSING", 2),
                    new StatsSummary.Count("ZONE_INTRUSION", 2), new StatsSummary.Count("CROWD", 1));
            assertThat(summary.byHour()).hasSize(24);
            assertThat(summary.byHour().get(9)).isEqualTo(2);  // a1, a2
            assertThat(summary.byHour().get(1)).isEqualTo(1);  // a3: 17:00Z is 01:00 the next day
            assertThat(summary.byHour().get(10)).isEqualTo(1); // a4
            assertThat(summary.byHour().get(11)).isEqualTo(1); // a5
            assertThat(summary.byHour().stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
            // the window 23rd 00:00Z to 25th 00:00Z is the 23rd 08:00 to the 25th 08:00 in Shanghai
            assertThat(summary.byDay()).containsExactly(
                    new StatsSummary.DayCount(LocalDate.parse("2026-11-23"), 2),
                    new StatsSummary.DayCount(LocalDate.parse("2026-11-24"), 3),
                    new StatsSummary.DayCount(LocalDate.parse("2026-11-25"), 0));
            assertThat(summary.acknowledge().count()).isEqualTo(3);
            assertThat(summary.acknowledge().meanSeconds()).isCloseTo(30.0, offset(1e-6));
            assertThat(summary.acknowledge().p50Seconds()).isCloseTo(30.0, offset(1e-6));
            assertThat(summary.acknowledge().p90Seconds()).isCloseTo(50.0, offset(1e-6));
            assertThat(summary.close()).isEqualTo(new StatsSummary.Durations(1, 600.0, 600.0, 600.0));
            assertThat(summary.dismissedByRule()).containsExactly(new StatsSummary.Count("fence", 2));
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aScopeCountsOnlyItsChannels(Vendor vendor) throws Exception {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            seed(db);
            StatsQueries stats = new StatsQueries(db.database().dataSource());
            StatsSummary school = stats.summary(MONDAY, MONDAY.plusSeconds(2 * 86_400), Set.of("school"),
                    ZoneOffset.UTC);
            assertThat(school.total()).isEqualTo(2);
            assertThat(school.bySite()).containsExactly(new StatsSummary.Count("School", 2));
            assertThat(school.byDay()).extracting(StatsSummary.DayCount::count).containsExactly(1L, 1L);
            assertThat(school.acknowledge().count()).isEqualTo(1);
            StatsSummary nothing = stats.summary(MONDAY, MONDAY.plusSeconds(86_400), Set.of(), ZoneOffset.UTC);
            assertThat(nothing.total()).isZero();
            assertThat(nothing.acknowledge()).isEqualTo(new StatsSummary.Durations(0, null, null, null));
            assertThat(nothing.bySite()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void savesOneLayoutPerOwner(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            LayoutStore layouts = new LayoutStore(db.database().dataSource(), java.time.Clock.systemUTC());
            assertThat(layouts.find("li")).isEmpty();
            Layout first = new Layout(9, List.of("gate-1", "school"), true, new Layout.Tour(List.of("yard"), 20));
            layouts.save("li", first);
            assertThat(layouts.find("li")).hasValue(first);
            Layout second = new Layout(1, List.of("yard"), false, null);
            layouts.save("li", second);
            layouts.save("config-token", first);
            assertThat(layouts.find("li")).hasValue(second);
            assertThat(layouts.find("config-token")).hasValue(first);
        }
    }

    private static void site(Connection connection, String code, String name) throws SQLException {
        execute(connection, "INSERT INTO sites (code, name, site_level, jurisdiction_code, created_at, updated_at)"
                + " VALUES ('" + code + "', '" + name + "', 1, '330100', ?, ?)", MONDAY, MONDAY);
    }

    private static void assign(Connection connection, String channel, String site) throws SQLException {
        execute(connection, "INSERT INTO channel_assignments (channel_id, site_code, grid_code, assigned_at)"
                + " VALUES ('" + channel + "', '" + site + "', NULL, ?)", MONDAY);
    }

    /** @param ackAfter seconds from creation to acknowledgement, -1 for none */
    private static void alert(Connection connection, String id, String channel, String rule, String type,
                              String state, String time, int ackAfter) throws SQLException {
        Instant at = Instant.parse(time);
        execute(connection, "INSERT INTO alerts (id, channel_id, rule_id, alert_type, state, event_time, created_at,"
                + " boxes, snapshot_size, acknowledged_at, last_event_time) VALUES ('" + id + "', '" + channel
                + "', '" + rule + "', '" + type + "', '" + state + "', ?, ?, '[]', 0, ?, ?)", at, at,
                ackAfter < 0 ? null : at.plusSeconds(ackAfter), at);
    }

    private static void audit(Connection connection, String id, String from, String to, String created,
                              int after) throws SQLException {
        execute(connection, "INSERT INTO alert_audit (alert_id, seq, from_state, to_state, action, actor, changed_at)"
                + " VALUES ('" + id + "', 1, '" + from + "', '" + to + "', 'CLOSE', 'li', ?)",
                Instant.parse(created).plusSeconds(after));
    }

    private static void execute(Connection connection, String sql, Instant... times) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < times.length; i++) {
                statement.setObject(i + 1, times[i] == null ? null : Jdbc.timestamp(times[i]));
            }
            statement.executeUpdate();
        }
    }
}
