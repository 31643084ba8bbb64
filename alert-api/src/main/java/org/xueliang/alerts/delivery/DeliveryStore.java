package org.xueliang.alerts.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.xueliang.alerts.store.Jdbc;
import org.xueliang.alerts.store.StoreException;

/**
 * The outbox table over JDBC: rows are written with their alert, claimed by workers, marked.
 * Every method blocks.
 *
 * <p>Claiming differs by database: PostgreSQL takes due rows with {@code FOR UPDATE SKIP LOCKED}
 * in one statement, so that several workers (later, several nodes) never wait on each other; H2
 * has no SKIP LOCKED, so each candidate is taken by an update that checks the state and attempt
 * count it was read with, and a row another worker took first is simply passed over.
 */
public final class DeliveryStore {
    static final String COLUMNS = "id, alert_id, subscription_id, channel, event_kind, idempotency_key, jurisdiction,"
            + " payload, state, attempts, next_attempt_at, last_error, created_at, updated_at, delivered_at";
    /** The size of the last_error column. */
    static final int MAX_ERROR = 1000;
    private static final String DUE = "state IN ('PENDING', 'SENDING') AND next_attempt_at <= ?";

    private final DataSource dataSource;
    private final boolean skipLocked;

    public DeliveryStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.skipLocked = Jdbc.read(dataSource, "reading the database product",
                connection -> "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()));
    }

    /**
     * Writes a PENDING row, due at once, on the caller's connection (inside the alert's
     * transaction), unless a row with the same idempotency key exists: an event is queued once.
     * Checked before inserting because a unique violation would abort a PostgreSQL transaction.
     *
     * @return whether a row was written
     */
    static boolean enqueue(Connection connection, Delivery row) throws SQLException {
        if (exists(connection, row.idempotencyKey())) {
            return false;
        }
        String sql = "INSERT INTO deliveries (alert_id, subscription_id, channel, event_kind, idempotency_key,"
                + " jurisdiction, payload, state, attempts, next_attempt_at, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, row.alertId());
            statement.setString(2, row.subscriptionId());
            statement.setString(3, row.channel().code());
            statement.setString(4, row.eventKind());
            statement.setString(5, row.idempotencyKey());
            statement.setString(6, row.jurisdiction());
            statement.setString(7, row.payload());
            statement.setObject(8, Jdbc.timestamp(row.createdAt()));
            statement.setObject(9, Jdbc.timestamp(row.createdAt()));
            statement.setObject(10, Jdbc.timestamp(row.createdAt()));
            statement.executeUpdate();
        }
        return true;
    }

    /** Whether a row with this idempotency key was written. */
    static boolean exists(Connection connection, String idempotencyKey) throws SQLException {
        try (PreparedStatement check = connection.prepareStatement("SELECT 1 FROM deliveries WHERE idempotency_key = ?")) {
            check.setString(1, idempotencyKey);
            try (ResultSet rows = check.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The subscriptions that were sent this alert when it was new: they also get its state changes. */
    static Set<String> recipients(Connection connection, String alertId) throws SQLException {
        Set<String> ids = new LinkedHashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT subscription_id FROM deliveries WHERE alert_id = ? AND event_kind = ? ORDER BY id")) {
            statement.setString(1, alertId);
            statement.setString(2, Delivery.NEW_ALERT);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /**
     * Claims up to {@code max} due rows: PENDING ones whose time has come, and SENDING ones whose
     * lease ran out (their worker died). Each claimed row is SENDING with one more attempt and a
     * lease until {@code leaseUntil}.
     */
    public List<Delivery> claim(int max, Instant now, Instant leaseUntil) {
        if (max <= 0) {
            return List.of();
        }
        return skipLocked ? claimSkippingLocked(max, now, leaseUntil) : claimOneByOne(max, now, leaseUntil);
    }

    private List<Delivery> claimSkippingLocked(int max, Instant now, Instant leaseUntil) {
        String sql = "UPDATE deliveries SET state = 'SENDING', attempts = attempts + 1, next_attempt_at = ?,"
                + " updated_at = ? WHERE id IN (SELECT id FROM deliveries WHERE " + DUE
                + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS;
        return Jdbc.inTransaction(dataSource, "claiming deliveries", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, Jdbc.timestamp(leaseUntil));
                statement.setObject(2, Jdbc.timestamp(now));
                statement.setObject(3, Jdbc.timestamp(now));
                statement.setInt(4, max);
                return readAll(statement);
            }
        });
    }

    private List<Delivery> claimOneByOne(int max, Instant now, Instant leaseUntil) {
        // one transaction: one commit for the whole batch
        return Jdbc.inTransaction(dataSource, "claiming deliveries", connection -> {
            List<Delivery> claimed = new ArrayList<>();
            for (Delivery candidate : candidates(connection, max, now)) {
                if (take(connection, candidate, now, leaseUntil)) {
                    claimed.add(new Delivery(candidate.id(), candidate.alertId(), candidate.subscriptionId(),
                            candidate.channel(), candidate.eventKind(), candidate.idempotencyKey(),
                            candidate.jurisdiction(), candidate.payload(), DeliveryState.SENDING,
                            candidate.attempts() + 1, leaseUntil, candidate.lastError(), candidate.createdAt(), now,
                            null));
                }
            }
            return claimed;
        });
    }

    private static List<Delivery> candidates(Connection connection, int max, Instant now) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM deliveries WHERE " + DUE + " ORDER BY next_attempt_at, id LIMIT ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, Jdbc.timestamp(now));
            statement.setInt(2, max);
            return readAll(statement);
        }
    }

    private static boolean take(Connection connection, Delivery candidate, Instant now, Instant leaseUntil)
            throws SQLException {
        String sql = "UPDATE deliveries SET state = 'SENDING', attempts = attempts + 1, next_attempt_at = ?,"
                + " updated_at = ? WHERE id = ? AND state = ? AND attempts = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, Jdbc.timestamp(leaseUntil));
            statement.setObject(2, Jdbc.timestamp(now));
            statement.setLong(3, candidate.id());
            statement.setString(4, candidate.state().name());
            statement.setInt(5, candidate.attempts());
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * Marks a claimed row DELIVERED. Returns false when the claim was lost (its lease ran out and
     * another worker took it): the receiver then gets the message twice, with the same key.
     */
    public boolean markDelivered(Delivery claimed, Instant now) {
        return record(List.of(DeliveryOutcome.delivered(claimed, now)))[0];
    }

    /**
     * Records a failed attempt of a claimed row: PENDING again from {@code retryAt}, or DEAD when
     * {@code retryAt} is null. Returns false when the claim was lost.
     */
    public boolean markFailed(Delivery claimed, String error, Instant now, Instant retryAt) {
        return record(List.of(DeliveryOutcome.failed(claimed, now, error, retryAt)))[0];
    }

    /**
     * Records the outcomes of many attempts in one transaction: one commit instead of one per
     * message, which is what lets the outbox keep up with a burst of alerts on a database that
     * writes every commit through to its file.
     *
     * @return for each outcome, whether its claim still held and it was recorded
     */
    public boolean[] record(List<DeliveryOutcome> outcomes) {
        String delivered = "UPDATE deliveries SET state = 'DELIVERED', delivered_at = ?, updated_at = ?,"
                + " last_error = NULL WHERE id = ? AND state = 'SENDING' AND attempts = ?";
        String failed = "UPDATE deliveries SET state = ?, next_attempt_at = ?, last_error = ?, updated_at = ?"
                + " WHERE id = ? AND state = 'SENDING' AND attempts = ?";
        return Jdbc.inTransaction(dataSource, "recording " + outcomes.size() + " delivery outcomes", connection -> {
            boolean[] recorded = new boolean[outcomes.size()];
            try (PreparedStatement ok = connection.prepareStatement(delivered);
                 PreparedStatement notOk = connection.prepareStatement(failed)) {
                for (int i = 0; i < outcomes.size(); i++) {
                    DeliveryOutcome outcome = outcomes.get(i);
                    PreparedStatement statement = outcome.isDelivered() ? bindDelivered(ok, outcome)
                            : bindFailed(notOk, outcome);
                    recorded[i] = statement.executeUpdate() == 1;
                }
            }
            return recorded;
        });
    }

    private static PreparedStatement bindDelivered(PreparedStatement statement, DeliveryOutcome outcome)
            throws SQLException {
        statement.setObject(1, Jdbc.timestamp(outcome.at()));
        statement.setObject(2, Jdbc.timestamp(outcome.at()));
        statement.setLong(3, outcome.claimed().id());
        statement.setInt(4, outcome.claimed().attempts());
        return statement;
    }

    private static PreparedStatement bindFailed(PreparedStatement statement, DeliveryOutcome outcome)
            throws SQLException {
        statement.setString(1, outcome.isDead() ? DeliveryState.DEAD.name() : DeliveryState.PENDING.name());
        statement.setObject(2, Jdbc.timestamp(outcome.isDead() ? outcome.at() : outcome.retryAt()));
        statement.setString(3, cut(outcome.error()));
        statement.setObject(4, Jdbc.timestamp(outcome.at()));
        statement.setLong(5, outcome.claimed().id());
        statement.setInt(6, outcome.claimed().attempts());
        return statement;
    }

    /**
     * Sends a DEAD delivery again: PENDING, due now, with a fresh count of attempts.
     *
     * @throws DeliveryNotFoundException      when there is none with this id
     * @throws DeliveryStateConflictException when it is not DEAD
     */
    public Delivery retry(long id, Instant now) {
        return Jdbc.inTransaction(dataSource, "retrying delivery " + id, connection -> {
            String sql = "UPDATE deliveries SET state = 'PENDING', attempts = 0, next_attempt_at = ?, updated_at = ?"
                    + " WHERE id = ? AND state = 'DEAD'";
            int updated;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, Jdbc.timestamp(now));
                statement.setObject(2, Jdbc.timestamp(now));
                statement.setLong(3, id);
                updated = statement.executeUpdate();
            }
            Delivery current = select(connection, id).orElseThrow(() -> new DeliveryNotFoundException(String.valueOf(id)));
            if (updated == 0) {
                throw new DeliveryStateConflictException(current, DeliveryState.DEAD);
            }
            return current;
        });
    }

    public Optional<Delivery> find(long id) {
        return Jdbc.read(dataSource, "reading delivery " + id, connection -> select(connection, id));
    }

    /** One page of the deliveries matching the query, newest first. */
    public DeliveryPage list(DeliveryQuery query) {
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        filter(conditions, values, "state = ?", query.state() == null ? null : query.state().name());
        filter(conditions, values, "alert_id = ?", query.alertId());
        filter(conditions, values, "subscription_id = ?", query.subscriptionId());
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return Jdbc.read(dataSource, "listing deliveries", connection -> {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM deliveries" + where)) {
                bind(count, values);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            String sql = "SELECT " + COLUMNS + " FROM deliveries" + where + " ORDER BY id DESC LIMIT ? OFFSET ?";
            try (PreparedStatement page = connection.prepareStatement(sql)) {
                int next = bind(page, values);
                page.setInt(next, query.limit());
                page.setLong(next + 1, query.offset());
                return new DeliveryPage(readAll(page), total, query.limit(), query.offset());
            }
        });
    }

    /** How many rows are in each state, for metrics. */
    public Map<DeliveryState, Long> countByState() {
        return Jdbc.read(dataSource, "counting deliveries", connection -> {
            Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
            for (DeliveryState state : DeliveryState.values()) {
                counts.put(state, 0L);
            }
            try (PreparedStatement statement =
                         connection.prepareStatement("SELECT state, COUNT(*) FROM deliveries GROUP BY state");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(DeliveryState.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
            return counts;
        });
    }

    private static void filter(List<String> conditions, List<String> values, String condition, String value) {
        if (value != null) {
            conditions.add(condition);
            values.add(value);
        }
    }

    private static int bind(PreparedStatement statement, List<String> values) throws SQLException {
        int index = 1;
        for (String value : values) {
            statement.setString(index++, value);
        }
        return index;
    }

    private static Optional<Delivery> select(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement =
                     connection.prepareStatement("SELECT " + COLUMNS + " FROM deliveries WHERE id = ?")) {
            statement.setLong(1, id);
            List<Delivery> found = readAll(statement);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private static List<Delivery> readAll(PreparedStatement statement) throws SQLException {
        List<Delivery> deliveries = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                deliveries.add(delivery(rows));
            }
        }
        return deliveries;
    }

    private static Delivery delivery(ResultSet rows) throws SQLException {
        long id = rows.getLong("id");
        String code = rows.getString("channel");
        DeliveryChannel channel = DeliveryChannel.ofCode(code)
                .orElseThrow(() -> new StoreException("delivery " + id + " has an unknown channel \"" + code + "\""));
        return new Delivery(id, rows.getString("alert_id"), rows.getString("subscription_id"), channel,
                rows.getString("event_kind"), rows.getString("idempotency_key"), rows.getString("jurisdiction"),
                rows.getString("payload"), DeliveryState.valueOf(rows.getString("state")), rows.getInt("attempts"),
                Jdbc.instant(rows, "next_attempt_at"), rows.getString("last_error"), Jdbc.instant(rows, "created_at"),
                Jdbc.instant(rows, "updated_at"), Jdbc.instant(rows, "delivered_at"));
    }

    private static String cut(String error) {
        if (error == null || error.length() <= MAX_ERROR) {
            return error;
        }
        return error.substring(0, MAX_ERROR - 3) + "...";
    }
}
