package org.xueliang.alerts.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.xueliang.alerts.store.AlertQuerySql;
import org.xueliang.alerts.store.AuditEntry;
import org.xueliang.alerts.store.Jdbc;

/** Reads of workflow data: trails, resolutions and their photos, dismissal counts. Every method blocks. */
public final class WorkflowQueries {
    private final DataSource dataSource;

    public WorkflowQueries(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The audit trail of an alert, oldest first; empty for an alert without steps or none at all. */
    public List<AuditEntry> trail(String alertId) {
        return Jdbc.read(dataSource, "reading the trail of alert " + alertId,
                connection -> AuditRows.trail(connection, alertId));
    }

    /** What the assignee reported, once the alert was resolved. */
    public Optional<Resolution> resolution(String alertId) {
        return Jdbc.read(dataSource, "reading the resolution of alert " + alertId,
                connection -> ResolutionRows.find(connection, alertId));
    }

    /** The photo uploaded with the resolution, if one was. */
    public Optional<Photo> photo(String alertId) {
        return Jdbc.read(dataSource, "reading the photo of alert " + alertId,
                connection -> ResolutionRows.photo(connection, alertId));
    }

    /**
     * Dismissed alerts per channel and rule, most dismissed first, with the total of alerts of each
     * pair; only pairs with at least one dismissal.
     *
     * @param from     event time at or after, or null
     * @param to       event time before, or null
     * @param channels only these channels (an access scope), or null for all
     */
    public List<DismissedCount> dismissed(Instant from, Instant to, Set<String> channels) {
        AlertQuerySql filter = new AlertQuerySql(from, to, channels);
        String dismissed = "SUM(CASE WHEN state = 'DISMISSED' THEN 1 ELSE 0 END)";
        String sql = "SELECT channel_id, rule_id, " + dismissed + " AS dismissed, COUNT(*) AS total FROM alerts"
                + filter.where() + " GROUP BY channel_id, rule_id HAVING " + dismissed + " > 0"
                + " ORDER BY dismissed DESC, channel_id, rule_id";
        return Jdbc.read(dataSource, "counting dismissed alerts", connection -> counts(connection, sql, filter));
    }

    private static List<DismissedCount> counts(Connection connection, String sql, AlertQuerySql filter)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            filter.bind(statement);
            List<DismissedCount> counts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.add(new DismissedCount(rows.getString("channel_id"), rows.getString("rule_id"),
                            rows.getLong("dismissed"), rows.getLong("total")));
                }
            }
            return counts;
        }
    }
}
