package org.xueliang.alerts.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.xueliang.alerts.store.AlertState;
import org.xueliang.alerts.store.AuditEntry;
import org.xueliang.alerts.store.Jdbc;

/** The alert_audit table. */
final class AuditRows {
    static final int MAX_NOTE = 2000;

    private AuditRows() {
    }

    /**
     * Appends an entry as the alert's next line; the entry's own {@code seq} is ignored. Called
     * after the alert row was updated in the same transaction, whose row lock keeps two appends
     * for one alert from taking the same number.
     */
    static AuditEntry append(Connection connection, AuditEntry entry) throws SQLException {
        int seq = nextSeq(connection, entry.alertId());
        String note = cut(entry.note());
        String sql = "INSERT INTO alert_audit (alert_id, seq, from_state, to_state, action, actor, changed_at, note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, entry.alertId());
            statement.setInt(2, seq);
            statement.setString(3, entry.from().name());
            statement.setString(4, entry.to().name());
            statement.setString(5, entry.action());
            statement.setString(6, entry.actor());
            statement.setObject(7, Jdbc.timestamp(entry.at()));
            statement.setString(8, note);
            statement.executeUpdate();
        }
        return new AuditEntry(entry.alertId(), seq, entry.from(), entry.to(), entry.action(), entry.actor(),
                entry.at(), note);
    }

    private static int nextSeq(Connection connection, String alertId) throws SQLException {
        try (PreparedStatement statement =
                     connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) + 1 FROM alert_audit WHERE alert_id = ?")) {
            statement.setString(1, alertId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    static List<AuditEntry> trail(Connection connection, String alertId) throws SQLException {
        String sql = "SELECT seq, from_state, to_state, action, actor, changed_at, note FROM alert_audit"
                + " WHERE alert_id = ? ORDER BY seq";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, alertId);
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditEntry(alertId, rows.getInt("seq"),
                            AlertState.valueOf(rows.getString("from_state")),
                            AlertState.valueOf(rows.getString("to_state")), rows.getString("action"),
                            rows.getString("actor"), Jdbc.instant(rows, "changed_at"), rows.getString("note")));
                }
            }
            return entries;
        }
    }

    /** A note longer than the column is cut rather than costing the step; never inside a surrogate pair. */
    private static String cut(String note) {
        if (note == null || note.length() <= MAX_NOTE) {
            return note;
        }
        return note.substring(0, Character.isHighSurrogate(note.charAt(MAX_NOTE - 1)) ? MAX_NOTE - 1 : MAX_NOTE);
    }
}
