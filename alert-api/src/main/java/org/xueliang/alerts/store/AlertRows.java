package org.xueliang.alerts.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.TreeMap;

/** The columns of the alerts table and their mapping to {@link Alert}, for every class that reads alerts. */
public final class AlertRows {
    /** Every column of an alert, in the order {@link #bind} writes them. */
    public static final String COLUMNS = "id, channel_id, rule_id, alert_type, state, event_time, created_at,"
            + " boxes, snapshot_size, acknowledged_at, acknowledged_by, acknowledge_note, description, priority,"
            + " occurrences, last_event_time, alert_level, jurisdiction_code, ack_due_at, escalations, assignee,"
            + " due_at, overdue, details";
    /** One placeholder per column. */
    static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

    private static final AlertColumnsJson JSON = new AlertColumnsJson();

    private AlertRows() {
    }

    /** The alert in the current row of a result that selected {@link #COLUMNS}. */
    public static Alert read(ResultSet rows) throws SQLException {
        String id = rows.getString("id");
        Handling handling = new Handling(rows.getInt("alert_level"), rows.getString("jurisdiction_code"),
                Jdbc.instant(rows, "ack_due_at"), rows.getInt("escalations"), rows.getString("assignee"),
                Jdbc.instant(rows, "due_at"), rows.getBoolean("overdue"));
        return new Alert(id, rows.getString("channel_id"), rows.getString("rule_id"), rows.getString("alert_type"),
                AlertState.valueOf(rows.getString("state")), Jdbc.instant(rows, "event_time"),
                Jdbc.instant(rows, "created_at"), JSON.boxes(id, rows.getString("boxes")),
                rows.getInt("snapshot_size"), Jdbc.instant(rows, "acknowledged_at"),
                rows.getString("acknowledged_by"), rows.getString("acknowledge_note"), rows.getString("description"),
                nullableInt(rows, "priority"), rows.getInt("occurrences"), Jdbc.instant(rows, "last_event_time"),
                handling, JSON.details(id, rows.getString("details")));
    }

    /** Binds every column of the alert, in the order of {@link #COLUMNS}, from parameter 1. */
    static void bind(PreparedStatement statement, Alert alert) throws SQLException {
        statement.setString(1, alert.id());
        statement.setString(2, alert.channelId());
        statement.setString(3, alert.ruleId());
        statement.setString(4, alert.type());
        statement.setString(5, alert.state().name());
        statement.setObject(6, Jdbc.timestamp(alert.eventTime()));
        statement.setObject(7, Jdbc.timestamp(alert.createdAt()));
        statement.setString(8, JSON.encode(alert.boxes()));
        statement.setInt(9, alert.snapshotSize());
        statement.setObject(10, Jdbc.timestamp(alert.acknowledgedAt()));
        statement.setString(11, alert.acknowledgedBy());
        statement.setString(12, alert.acknowledgeNote());
        statement.setString(13, alert.description());
        if (alert.priority() == null) {
            statement.setNull(14, Types.INTEGER);
        } else {
            statement.setInt(14, alert.priority());
        }
        statement.setInt(15, alert.occurrences());
        statement.setObject(16, Jdbc.timestamp(alert.lastEventTime()));
        Handling handling = alert.handling();
        statement.setInt(17, handling.level());
        statement.setString(18, handling.jurisdiction());
        statement.setObject(19, Jdbc.timestamp(handling.ackDueAt()));
        statement.setInt(20, handling.escalations());
        statement.setString(21, handling.assignee());
        statement.setObject(22, Jdbc.timestamp(handling.dueAt()));
        statement.setBoolean(23, handling.overdue());
        statement.setString(24, details(alert));
    }

    /** The boxes column of the alert, as stored. */
    static String boxes(Alert alert) {
        return JSON.encode(alert.boxes());
    }

    /** The details column of the alert, as stored: a JSON object, keys sorted. */
    static String details(Alert alert) {
        return JSON.encode(new TreeMap<>(alert.details()));
    }

    private static Integer nullableInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
