package org.xueliang.alerts.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.xueliang.alerts.store.Jdbc;
import org.xueliang.alerts.store.StoreException;

/**
 * The saved video walls, one per owner: a user's name, or the name under which a configured token
 * acts. Blocking: call it from a store thread.
 */
public final class LayoutStore {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final DataSource dataSource;
    private final Clock clock;

    public LayoutStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The owner's saved layout, empty when he saved none. */
    public Optional<Layout> find(String owner) {
        return Jdbc.read(dataSource, "reading the layout of " + owner, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT layout FROM console_layouts WHERE owner = ?")) {
                statement.setString(1, owner);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(parse(rows.getString(1), owner)) : Optional.empty();
                }
            }
        });
    }

    /** Saves the owner's layout over any earlier one. */
    public void save(String owner, Layout layout) {
        String json = LayoutJson.write(layout).toString();
        Jdbc.inTransaction(dataSource, "saving the layout of " + owner, connection -> {
            if (update(connection, owner, json) == 0) {
                insert(connection, owner, json);
            }
            return null;
        });
    }

    private int update(Connection connection, String owner, String json) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE console_layouts SET layout = ?, updated_at = ? WHERE owner = ?")) {
            statement.setString(1, json);
            statement.setObject(2, Jdbc.timestamp(clock.instant()));
            statement.setString(3, owner);
            return statement.executeUpdate();
        }
    }

    private void insert(Connection connection, String owner, String json) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO console_layouts (owner, layout, updated_at) VALUES (?, ?, ?)")) {
            statement.setString(1, owner);
            statement.setString(2, json);
            statement.setObject(3, Jdbc.timestamp(clock.instant()));
            statement.executeUpdate();
        }
    }

    private static Layout parse(String json, String owner) {
        try {
            return LayoutJson.read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new StoreException("the stored layout of " + owner + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
