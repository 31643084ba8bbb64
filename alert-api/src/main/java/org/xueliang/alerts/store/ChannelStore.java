package org.xueliang.alerts.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.channel.ChannelSpecJson;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channel.InvalidSpecException;

/**
 * Channel specifications over JDBC, stored as the JSON that {@link ChannelSpecJson} writes
 * (unmasked) and read back with {@link ChannelSpecReader}. Every method blocks.
 */
public final class ChannelStore {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelStore.class);
    private static final String COLUMNS = "id, spec, created_at, updated_at";

    private final DataSource dataSource;
    private final ChannelSpecReader reader;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();

    public ChannelStore(DataSource dataSource, ChannelSpecReader reader, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Saves a new channel.
     *
     * @throws DuplicateChannelException when the id is taken
     */
    public StoredChannel insert(ChannelSpec spec) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String sql = "INSERT INTO channels (" + COLUMNS + ") VALUES (?, ?, ?, ?)";
        return Jdbc.inTransaction(dataSource, "saving channel " + spec.id(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, spec.id());
                statement.setString(2, encode(spec));
                statement.setObject(3, Jdbc.timestamp(now));
                statement.setObject(4, Jdbc.timestamp(now));
                statement.executeUpdate();
            } catch (SQLException e) {
                if (Jdbc.isUniqueViolation(e)) {
                    throw new DuplicateChannelException(spec.id());
                }
                throw e;
            }
            return new StoredChannel(spec, now, now);
        });
    }

    /**
     * Replaces the spec of an existing channel.
     *
     * @throws ChannelNotFoundException when no channel has the spec's id
     */
    public StoredChannel update(ChannelSpec spec) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return Jdbc.inTransaction(dataSource, "replacing channel " + spec.id(), connection -> {
            try (PreparedStatement statement =
                         connection.prepareStatement("UPDATE channels SET spec = ?, updated_at = ? WHERE id = ?")) {
                statement.setString(1, encode(spec));
                statement.setObject(2, Jdbc.timestamp(now));
                statement.setString(3, spec.id());
                if (statement.executeUpdate() == 0) {
                    throw new ChannelNotFoundException(spec.id());
                }
            }
            return select(connection, spec.id()).orElseThrow(() -> new ChannelNotFoundException(spec.id()));
        });
    }

    /**
     * Deletes a channel; its alerts stay.
     *
     * @throws ChannelNotFoundException when no channel has this id
     */
    public void delete(String id) {
        Jdbc.inTransaction(dataSource, "deleting channel " + id, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM channels WHERE id = ?")) {
                statement.setString(1, id);
                if (statement.executeUpdate() == 0) {
                    throw new ChannelNotFoundException(id);
                }
            }
            return null;
        });
    }

    /** The channel with this id, if any. */
    public Optional<StoredChannel> find(String id) {
        return Jdbc.read(dataSource, "reading channel " + id, connection -> select(connection, id));
    }

    /**
     * Every channel whose stored spec still reads, by id. A spec that no longer reads (a file
     * source whose file was removed) is logged and left out rather than hiding all the others.
     */
    public List<StoredChannel> list() {
        return Jdbc.read(dataSource, "listing channels", connection -> {
            List<StoredChannel> channels = new ArrayList<>();
            try (PreparedStatement statement =
                         connection.prepareStatement("SELECT " + COLUMNS + " FROM channels ORDER BY id");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    try {
                        channels.add(channel(rows));
                    } catch (StoreException e) {
                        LOG.error("{}; channel left out", e.getMessage());
                    }
                }
            }
            return channels;
        });
    }

    /** How many channels are stored. */
    public long count() {
        return Jdbc.read(dataSource, "counting channels", connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM channels");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private Optional<StoredChannel> select(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement =
                     connection.prepareStatement("SELECT " + COLUMNS + " FROM channels WHERE id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(channel(rows)) : Optional.empty();
            }
        }
    }

    private StoredChannel channel(ResultSet rows) throws SQLException {
        String id = rows.getString("id");
        return new StoredChannel(decode(id, rows.getString("spec")), Jdbc.instant(rows, "created_at"),
                Jdbc.instant(rows, "updated_at"));
    }

    private String encode(ChannelSpec spec) {
        try {
            return mapper.writeValueAsString(ChannelSpecJson.toJson(spec, false));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode channel " + spec.id(), e);
        }
    }

    private ChannelSpec decode(String id, String json) {
        try {
            return reader.readBody(mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw new StoreException("stored channel \"" + id + "\" is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (InvalidSpecException e) {
            throw new StoreException("stored channel \"" + id + "\" no longer reads: "
                    + e.getMessage().replace('\n', ';'), e);
        }
    }
}
