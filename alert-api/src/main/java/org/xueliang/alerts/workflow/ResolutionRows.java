package org.xueliang.alerts.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.xueliang.alerts.store.Jdbc;

/** The alert_resolutions table. */
final class ResolutionRows {
    private ResolutionRows() {
    }

    static void insert(Connection connection, String alertId, Step.Resolve resolve, String actor, Instant at)
            throws SQLException {
        String sql = "INSERT INTO alert_resolutions (alert_id, feedback, photo_url, photo_type, photo, resolved_by,"
                + " resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, alertId);
            statement.setString(2, resolve.feedback());
            statement.setString(3, resolve.photoUrl());
            statement.setString(4, resolve.photo() == null ? null : resolve.photo().contentType());
            statement.setBytes(5, resolve.photo() == null ? null : resolve.photo().bytes());
            statement.setString(6, actor);
            statement.setObject(7, Jdbc.timestamp(at));
            statement.executeUpdate();
        }
    }

    static Optional<Resolution> find(Connection connection, String alertId) throws SQLException {
        String sql = "SELECT feedback, photo_url, photo_type, resolved_by, resolved_at FROM alert_resolutions"
                + " WHERE alert_id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, alertId);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Resolution(rows.getString("feedback"), rows.getString("photo_url"),
                        rows.getString("photo_type"), rows.getString("resolved_by"), Jdbc.instant(rows, "resolved_at")));
            }
        }
    }

    static Optional<Photo> photo(Connection connection, String alertId) throws SQLException {
        String sql = "SELECT photo_type, photo FROM alert_resolutions WHERE alert_id = ? AND photo IS NOT NULL";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, alertId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new Photo(rows.getString(1), rows.getBytes(2))) : Optional.empty();
            }
        }
    }
}
