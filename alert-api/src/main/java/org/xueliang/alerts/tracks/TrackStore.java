package org.xueliang.alerts.tracks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.xueliang.alerts.store.Jdbc;
import org.xueliang.alerts.store.StoreException;
import org.xueliang.analytics.track.TrackRecord;

/**
 * The track records of every channel over JDBC: each finished track with the zones its path
 * entered and its best view, searchable by channel, class, colour, zone and time. Every method
 * blocks: call it from a {@link org.xueliang.alerts.store.StoreExecutor} thread, never from an
 * event loop.
 */
public final class TrackStore {
    private final DataSource dataSource;

    public TrackStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Stores a finished track, the rule regions its path entered ({@link TrackRecord#regionIds()})
     * and its best view, in one transaction. Saving the same record again (same channel, track id
     * and first sighting, as a retry does) stores nothing and answers the first id.
     *
     * @return the id of the stored track
     */
    public long save(TrackRecord record) {
        String what = "storing track " + record.trackId() + " of channel " + record.channelId();
        return Jdbc.inTransaction(dataSource, what, connection -> {
            Optional<Long> stored = storedId(connection, record);
            if (stored.isPresent()) {
                return stored.get();
            }
            long id = insertTrack(connection, record);
            insertZones(connection, id, record.regionIds());
            if (TrackRows.snapshotSize(record) > 0) {
                insertSnapshot(connection, id, record.bestSnapshotJpeg());
            }
            return id;
        });
    }

    private static Optional<Long> storedId(Connection connection, TrackRecord record) throws SQLException {
        String sql = "SELECT id FROM tracks WHERE channel_id = ? AND track_no = ? AND first_seen = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, record.channelId());
            statement.setLong(2, record.trackId());
            statement.setObject(3, Jdbc.timestamp(Track.micros(record.firstSeen())));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private static long insertTrack(Connection connection, TrackRecord record) throws SQLException {
        String sql = "INSERT INTO tracks (" + TrackRows.INSERT_COLUMNS + ") VALUES (" + TrackRows.PLACEHOLDERS + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            TrackRows.bind(statement, record);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new StoreException("the database gave no id for track " + record.trackId() + " of channel "
                            + record.channelId());
                }
                return keys.getLong(1);
            }
        }
    }

    private static void insertZones(Connection connection, long id, List<String> zones) throws SQLException {
        try (PreparedStatement statement =
                     connection.prepareStatement("INSERT INTO track_zones (track_id, zone_id) VALUES (?, ?)")) {
            // a region listed twice is one row: the key is (track, zone)
            for (String zone : new LinkedHashSet<>(zones)) {
                statement.setLong(1, id);
                statement.setString(2, zone);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void insertSnapshot(Connection connection, long id, byte[] jpeg) throws SQLException {
        try (PreparedStatement statement =
                     connection.prepareStatement("INSERT INTO track_snapshots (track_id, jpeg) VALUES (?, ?)")) {
            statement.setLong(1, id);
            statement.setBytes(2, jpeg);
            statement.executeUpdate();
        }
    }

    /** The track with this id, if any. */
    public Optional<Track> find(long id) {
        return Jdbc.read(dataSource, "reading track " + id, connection -> {
            try (PreparedStatement statement =
                         connection.prepareStatement("SELECT " + TrackRows.COLUMNS + " FROM tracks WHERE id = ?")) {
                statement.setLong(1, id);
                List<Track> tracks = read(connection, statement);
                return tracks.stream().findFirst();
            }
        });
    }

    /** One page of the tracks matching the query, the latest seen first, with the total count. */
    public TrackPage query(TrackQuery query) {
        TrackQuerySql filter = new TrackQuerySql(query);
        return Jdbc.read(dataSource, "searching tracks", connection -> {
            long total = count(connection, filter);
            List<Track> tracks = total <= query.offset() ? List.of() : page(connection, filter, query);
            return new TrackPage(tracks, total, query.limit(), query.offset());
        });
    }

    private static long count(Connection connection, TrackQuerySql filter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM tracks" + filter.clause())) {
            filter.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<Track> page(Connection connection, TrackQuerySql filter, TrackQuery query)
            throws SQLException {
        String sql = "SELECT " + TrackRows.COLUMNS + " FROM tracks" + filter.clause()
                + " ORDER BY last_seen DESC, id DESC LIMIT ? OFFSET ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = filter.bind(statement);
            statement.setInt(next, query.limit());
            statement.setLong(next + 1, query.offset());
            return read(connection, statement);
        }
    }

    /** Runs a query of {@link TrackRows#COLUMNS} and reads its tracks with their zones, in the query's order. */
    private static List<Track> read(Connection connection, PreparedStatement statement) throws SQLException {
        List<Track> tracks = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tracks.add(TrackRows.read(rows));
            }
        }
        if (tracks.isEmpty()) {
            return tracks;
        }
        Map<Long, List<String>> zones = zones(connection, tracks.stream().map(Track::id).toList());
        return tracks.stream().map(t -> t.withZones(zones.getOrDefault(t.id(), List.of()))).toList();
    }

    private static Map<Long, List<String>> zones(Connection connection, List<Long> ids) throws SQLException {
        String sql = "SELECT track_id, zone_id FROM track_zones WHERE track_id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        Map<Long, List<String>> zones = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    zones.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return zones;
    }

    /** The JPEG of a track's best view, empty when the track has none or does not exist. */
    public Optional<byte[]> snapshot(long id) {
        return Jdbc.read(dataSource, "reading the snapshot of track " + id, connection -> {
            try (PreparedStatement statement =
                         connection.prepareStatement("SELECT jpeg FROM track_snapshots WHERE track_id = ?")) {
                statement.setLong(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Retention: deletes the tracks last seen before the cutoff, with their zones and snapshots.
     *
     * @return how many tracks were deleted
     */
    public int deleteOlderThan(Instant cutoff) {
        return Jdbc.inTransaction(dataSource, "deleting tracks last seen before " + cutoff, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM tracks WHERE last_seen < ?")) {
                statement.setObject(1, Jdbc.timestamp(cutoff));
                return statement.executeUpdate();
            }
        });
    }
}
