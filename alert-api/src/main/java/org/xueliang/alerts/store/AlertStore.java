package org.xueliang.alerts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Alerts and their snapshots over JDBC. Every method blocks: call it from a
 * {@link StoreExecutor} thread, never from an event loop.
 */
public final class AlertStore {
    private static final String COLUMNS = "id, channel_id, rule_id, alert_type, state, event_time, created_at,"
            + " boxes, snapshot_size, acknowledged_at, acknowledged_by, acknowledge_note, description, priority";

    private final DataSource dataSource;
    private final BoxesJson boxesJson = new BoxesJson();

    public AlertStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Stores an alert and its snapshot in one transaction: both or neither.
     *
     * @param snapshotJpeg the JPEG, or {@code null}/empty when there is none
     * @throws DuplicateAlertException when the id is taken
     */
    public void insert(Alert alert, byte[] snapshotJpeg) {
        Jdbc.inTransaction(dataSource, "storing alert " + alert.id(), connection -> {
            insertAlert(connection, alert);
            if (snapshotJpeg != null && snapshotJpeg.length > 0) {
                insertSnapshot(connection, alert.id(), snapshotJpeg);
            }
            return null;
        });
    }

    private void insertAlert(Connection connection, Alert alert) throws SQLException {
        String sql = "INSERT INTO alerts (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, alert.id());
            statement.setString(2, alert.channelId());
            statement.setString(3, alert.ruleId());
            statement.setString(4, alert.type());
            statement.setString(5, alert.state().name());
            statement.setObject(6, Jdbc.timestamp(alert.eventTime()));
            statement.setObject(7, Jdbc.timestamp(alert.createdAt()));
            statement.setString(8, boxesJson.encode(alert.boxes()));
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
            statement.executeUpdate();
        } catch (SQLException e) {
            if (Jdbc.isUniqueViolation(e)) {
                throw new DuplicateAlertException(alert.id(), e);
            }
            throw e;
        }
    }

    private static void insertSnapshot(Connection connection, String alertId, byte[] jpeg) throws SQLException {
        try (PreparedStatement statement =
                     connection.prepareStatement("INSERT INTO snapshots (alert_id, jpeg) VALUES (?, ?)")) {
            statement.setString(1, alertId);
            statement.setBytes(2, jpeg);
            statement.executeUpdate();
        }
    }

    /** The alert with this id, if any. */
    public Optional<Alert> find(String id) {
        return Jdbc.read(dataSource, "reading alert " + id, connection -> select(connection, id));
    }

    private Optional<Alert> select(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement =
                     connection.prepareStatement("SELECT " + COLUMNS + " FROM alerts WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(alert(rows)) : Optional.empty();
            }
        }
    }

    /** One page of the alerts matching the query, newest event first, with the total count. */
    public AlertPage list(AlertQuery query) {
        AlertQuerySql filter = new AlertQuerySql(query);
        return Jdbc.read(dataSource, "listing alerts", connection -> {
            long total = count(connection, filter);
            List<Alert> alerts = total <= query.offset() ? List.of() : page(connection, filter, query);
            return new AlertPage(alerts, total, query.limit(), query.offset());
        });
    }

    private static long count(Connection connection, AlertQuerySql filter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM alerts" + filter.where())) {
            filter.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private List<Alert> page(Connection connection, AlertQuerySql filter, AlertQuery query) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM alerts" + filter.where()
                + " ORDER BY event_time DESC, id DESC LIMIT ? OFFSET ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = filter.bind(statement);
            statement.setInt(next, query.limit());
            statement.setLong(next + 1, query.offset());
            List<Alert> alerts = new ArrayList<>(query.limit());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    alerts.add(alert(rows));
                }
            }
            return alerts;
        }
    }

    /** The JPEG snapshot of an alert, empty when the alert has none or does not exist. */
    public Optional<byte[]> snapshot(String alertId) {
        return Jdbc.read(dataSource, "reading snapshot of alert " + alertId, connection -> {
            try (PreparedStatement statement =
                         connection.prepareStatement("SELECT jpeg FROM snapshots WHERE alert_id = ?")) {
                statement.setString(1, alertId);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Moves an alert from NEW to ACKNOWLEDGED.
     *
     * @return the acknowledged alert
     * @throws AlertNotFoundException       when no alert has this id
     * @throws AlertStateConflictException when the alert is not NEW (it carries the current alert)
     */
    public Alert acknowledge(String id, Acknowledgement acknowledgement) {
        return Jdbc.inTransaction(dataSource, "acknowledging alert " + id, connection -> {
            int updated = markAcknowledged(connection, id, acknowledgement);
            Alert current = select(connection, id).orElseThrow(() -> new AlertNotFoundException(id));
            if (updated == 0) {
                throw new AlertStateConflictException(current, AlertState.NEW);
            }
            return current;
        });
    }

    private static int markAcknowledged(Connection connection, String id, Acknowledgement acknowledgement)
            throws SQLException {
        // The state condition makes the transition atomic: of two concurrent acknowledgements one wins.
        String sql = "UPDATE alerts SET state = ?, acknowledged_at = ?, acknowledged_by = ?, acknowledge_note = ?"
                + " WHERE id = ? AND state = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, AlertState.ACKNOWLEDGED.name());
            statement.setObject(2, Jdbc.timestamp(acknowledgement.at()));
            statement.setString(3, acknowledgement.by());
            statement.setString(4, acknowledgement.note());
            statement.setString(5, id);
            statement.setString(6, AlertState.NEW.name());
            return statement.executeUpdate();
        }
    }

    private Alert alert(ResultSet rows) throws SQLException {
        String id = rows.getString("id");
        return new Alert(id, rows.getString("channel_id"), rows.getString("rule_id"), rows.getString("alert_type"),
                AlertState.valueOf(rows.getString("state")), Jdbc.instant(rows, "event_time"),
                Jdbc.instant(rows, "created_at"), boxesJson.decode(id, rows.getString("boxes")),
                rows.getInt("snapshot_size"), Jdbc.instant(rows, "acknowledged_at"),
                rows.getString("acknowledged_by"), rows.getString("acknowledge_note"), rows.getString("description"),
                nullableInt(rows, "priority"));
    }

    private static Integer nullableInt(ResultSet rows, String column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
