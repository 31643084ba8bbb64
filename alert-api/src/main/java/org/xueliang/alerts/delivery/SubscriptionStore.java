package org.xueliang.alerts.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.store.Jdbc;
import org.xueliang.alerts.store.StoreException;

/**
 * Subscriptions over JDBC, each kept as its JSON specification. Every method blocks: call it from
 * a store thread, never from an event loop.
 */
public final class SubscriptionStore {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stored specifications were checked when written; the broker check belongs to the API only. */
    private static final SubscriptionReader STORED = new SubscriptionReader(true);

    private final DataSource dataSource;
    private final Clock clock;

    public SubscriptionStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every subscription, by id. */
    public List<Subscription> list() {
        return Jdbc.read(dataSource, "listing subscriptions", SubscriptionStore::all);
    }

    /**
     * Every subscription, read on a connection of the caller (the outbox reads them inside the
     * alert's transaction). A stored specification that no longer reads is logged and skipped:
     * it must not cost the alert.
     */
    public static List<Subscription> all(Connection connection) throws SQLException {
        List<Subscription> subscriptions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, spec FROM subscriptions ORDER BY id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                decode(rows.getString(1), rows.getString(2)).ifPresent(subscriptions::add);
            }
        }
        return subscriptions;
    }

    public Optional<Subscription> find(String id) {
        return Jdbc.read(dataSource, "reading subscription " + id, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT spec FROM subscriptions WHERE id = ?")) {
                statement.setString(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? decode(id, rows.getString(1)) : Optional.<Subscription>empty();
                }
            }
        });
    }

    /** @throws DuplicateSubscriptionException when the id is taken */
    public Subscription insert(Subscription subscription) {
        return Jdbc.inTransaction(dataSource, "storing subscription " + subscription.id(), connection -> {
            if (exists(connection, subscription.id())) {
                throw new DuplicateSubscriptionException(subscription.id());
            }
            String sql = "INSERT INTO subscriptions (id, spec, created_at, updated_at) VALUES (?, ?, ?, ?)";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, subscription.id());
                statement.setString(2, encode(subscription));
                statement.setObject(3, Jdbc.timestamp(clock.instant()));
                statement.setObject(4, Jdbc.timestamp(clock.instant()));
                statement.executeUpdate();
            }
            return subscription;
        });
    }

    /** @throws SubscriptionNotFoundException when there is none with this id */
    public Subscription replace(Subscription subscription) {
        return Jdbc.inTransaction(dataSource, "replacing subscription " + subscription.id(), connection -> {
            try (PreparedStatement statement =
                         connection.prepareStatement("UPDATE subscriptions SET spec = ?, updated_at = ? WHERE id = ?")) {
                statement.setString(1, encode(subscription));
                statement.setObject(2, Jdbc.timestamp(clock.instant()));
                statement.setString(3, subscription.id());
                if (statement.executeUpdate() == 0) {
                    throw new SubscriptionNotFoundException(subscription.id());
                }
            }
            return subscription;
        });
    }

    /** @throws SubscriptionNotFoundException when there is none with this id */
    public void delete(String id) {
        Jdbc.inTransaction(dataSource, "deleting subscription " + id, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM subscriptions WHERE id = ?")) {
                statement.setString(1, id);
                if (statement.executeUpdate() == 0) {
                    throw new SubscriptionNotFoundException(id);
                }
            }
            return null;
        });
    }

    private static boolean exists(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM subscriptions WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String encode(Subscription subscription) {
        try {
            return JSON.writeValueAsString(SubscriptionJson.toJson(subscription, false));
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write subscription " + subscription.id() + " as JSON", e);
        }
    }

    private static Optional<Subscription> decode(String id, String spec) {
        List<FieldError> errors = new ArrayList<>();
        Subscription subscription;
        try {
            JsonNode tree = JSON.readTree(spec);
            subscription = STORED.read(tree, null, errors);
        } catch (JsonProcessingException e) {
            errors.add(new FieldError("", "not JSON: " + e.getOriginalMessage()));
            subscription = null;
        }
        if (subscription == null) {
            LOG.error("stored subscription {} is unreadable and is skipped: {}", id, errors);
            return Optional.empty();
        }
        return Optional.of(subscription);
    }
}
