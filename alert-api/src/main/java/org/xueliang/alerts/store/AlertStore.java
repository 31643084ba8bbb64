package org.xueliang.alerts.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Alerts and their snapshots over JDBC. Every method blocks: call it from a
 * {@link StoreExecutor} thread, never from an event loop.
 */
public final class AlertStore {
    private static final String COLUMNS = AlertRows.COLUMNS;
    /** The states an alert may be merged into, as an SQL list; constants, never user input. */
    private static final String OPEN_STATES = Arrays.stream(AlertState.values()).filter(AlertState::open)
            .map(state -> "'" + state.name() + "'").collect(Collectors.joining(", "));

    private final DataSource dataSource;
    private final AlertOutbox outbox;

    /** A store without delivery outbox. */
    public AlertStore(DataSource dataSource) {
        this(dataSource, AlertOutbox.none());
    }

    /** @param outbox writes delivery rows in the transaction of each new alert and state change */
    public AlertStore(DataSource dataSource, AlertOutbox outbox) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /**
     * Stores an alert, its snapshot and its delivery rows (the outbox) in one transaction: all or nothing.
     *
     * @param snapshotJpeg the JPEG, or {@code null}/empty when there is none
     * @throws DuplicateAlertException when the id is taken
     */
    public void insert(Alert alert, byte[] snapshotJpeg) {
        Jdbc.inTransaction(dataSource, "storing alert " + alert.id(), connection -> {
            insertWithSnapshot(connection, alert, snapshotJpeg);
            return null;
        });
    }

    private void insertWithSnapshot(Connection connection, Alert alert, byte[] snapshotJpeg) throws SQLException {
        insertAlert(connection, alert);
        if (snapshotJpeg != null && snapshotJpeg.length > 0) {
            insertSnapshot(connection, alert.id(), snapshotJpeg);
        }
        outbox.alertStored(connection, alert);
    }

    /**
     * Stores a new alert, or merges it into the open alert (NEW, ACKNOWLEDGED or DISPATCHED) of
     * the same channel, rule and type whose latest event lies at most {@code window} before this
     * one's: that alert counts one more occurrence, keeps the later event time, takes the new
     * boxes and details and, when the new event has one, the new snapshot. One transaction either way. The
     * type is part of the key because every device alert shares the rule {@code gb28181}.
     *
     * @param window how far apart the events of one alert may be; zero stores every alert anew
     * @return the alert as stored now, and whether it was merged
     * @throws DuplicateAlertException when the id is taken: an earlier attempt stored it already
     */
    public Recorded record(Alert alert, byte[] snapshotJpeg, Duration window) {
        if (window.isZero()) {
            insert(alert, snapshotJpeg);
            return new Recorded(alert, false);
        }
        return Jdbc.inTransaction(dataSource, "storing alert " + alert.id(), connection -> {
            if (select(connection, alert.id()).isPresent()) {
                // a retry whose first attempt committed: merging again would count the event twice
                throw new DuplicateAlertException(alert.id(), null);
            }
            Optional<String> open = openAlertWithin(connection, alert, window);
            if (open.isEmpty()) {
                insertWithSnapshot(connection, alert, snapshotJpeg);
                return new Recorded(alert, false);
            }
            merge(connection, open.get(), alert, snapshotJpeg);
            return new Recorded(select(connection, open.get()).orElseThrow(), true);
        });
    }

    private static Optional<String> openAlertWithin(Connection connection, Alert alert, Duration window)
            throws SQLException {
        // FOR UPDATE holds the open alert until commit, so a concurrent merge waits instead of losing a count
        String sql = "SELECT id FROM alerts WHERE channel_id = ? AND rule_id = ? AND alert_type = ?"
                + " AND state IN (" + OPEN_STATES + ") AND last_event_time >= ?"
                + " ORDER BY last_event_time DESC, id LIMIT 1 FOR UPDATE";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, alert.channelId());
            statement.setString(2, alert.ruleId());
            statement.setString(3, alert.type());
            statement.setObject(4, Jdbc.timestamp(alert.eventTime().minus(window)));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static void merge(Connection connection, String openId, Alert alert, byte[] snapshotJpeg)
            throws SQLException {
        boolean snapshot = snapshotJpeg != null && snapshotJpeg.length > 0;
        String sql = "UPDATE alerts SET occurrences = occurrences + 1,"
                + " last_event_time = CASE WHEN last_event_time < ? THEN ? ELSE last_event_time END,"
                + " boxes = ?, details = ?, description = COALESCE(?, description)"
                + (snapshot ? ", snapshot_size = ?" : "") + " WHERE id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, Jdbc.timestamp(alert.eventTime()));
            statement.setObject(2, Jdbc.timestamp(alert.eventTime()));
            statement.setString(3, AlertRows.boxes(alert));
            statement.setString(4, AlertRows.details(alert));
            statement.setString(5, alert.description());
            int next = 6;
            if (snapshot) {
                statement.setInt(next++, snapshotJpeg.length);
            }
            statement.setString(next, openId);
            statement.executeUpdate();
        }
        if (snapshot) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM snapshots WHERE alert_id = ?")) {
                delete.setString(1, openId);
                delete.executeUpdate();
            }
            insertSnapshot(connection, openId, snapshotJpeg);
        }
    }

    private void insertAlert(Connection connection, Alert alert) throws SQLException {
        String sql = "INSERT INTO alerts (" + COLUMNS + ") VALUES (" + AlertRows.PLACEHOLDERS + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            AlertRows.bind(statement, alert);
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

    private static Optional<Alert> select(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement =
                     connection.prepareStatement("SELECT " + COLUMNS + " FROM alerts WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(AlertRows.read(rows)) : Optional.empty();
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

    private static List<Alert> page(Connection connection, AlertQuerySql filter, AlertQuery query) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM alerts" + filter.where()
                + " ORDER BY event_time DESC, id DESC LIMIT ? OFFSET ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = filter.bind(statement);
            statement.setInt(next, query.limit());
            statement.setLong(next + 1, query.offset());
            List<Alert> alerts = new ArrayList<>(query.limit());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    alerts.add(AlertRows.read(rows));
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
            outbox.stateChanged(connection, current);
            return current;
        });
    }

    private static int markAcknowledged(Connection connection, String id, Acknowledgement acknowledgement)
            throws SQLException {
        // The state condition makes the transition atomic: of two concurrent acknowledgements one wins.
        String sql = "UPDATE alerts SET state = ?, acknowledged_at = ?, acknowledged_by = ?, acknowledge_note = ?,"
                + " ack_due_at = NULL WHERE id = ? AND state = ?";
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
}
