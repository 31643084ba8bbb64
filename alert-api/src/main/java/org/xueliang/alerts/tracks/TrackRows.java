package org.xueliang.alerts.tracks;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.xueliang.alerts.store.Jdbc;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.track.TrackRecord;

/** The columns of the tracks table and their mapping to {@link Track}. */
final class TrackRows {
    /** Every column but the id, in the order {@link #bind} writes them. */
    static final String INSERT_COLUMNS = "channel_id, track_no, label, first_seen, last_seen, path, mean_speed,"
            + " direction, colour, best_x, best_y, best_width, best_height, best_time, snapshot_size";
    /** One placeholder per inserted column. */
    static final String PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
    /** Every column, for reading. */
    static final String COLUMNS = "id, " + INSERT_COLUMNS;

    private TrackRows() {
    }

    /** Binds every inserted column of the record, from parameter 1. */
    static void bind(PreparedStatement statement, TrackRecord record) throws SQLException {
        statement.setString(1, record.channelId());
        statement.setLong(2, record.trackId());
        statement.setString(3, record.label());
        statement.setObject(4, Jdbc.timestamp(Track.micros(record.firstSeen())));
        statement.setObject(5, Jdbc.timestamp(Track.micros(record.lastSeen())));
        statement.setString(6, TrackPathJson.encode(record.path()));
        statement.setDouble(7, record.meanSpeed());
        statement.setDouble(8, record.directionDegrees());
        statement.setString(9, record.dominantColour());
        Box box = record.bestBox();
        setDouble(statement, 10, box == null ? null : box.x());
        setDouble(statement, 11, box == null ? null : box.y());
        setDouble(statement, 12, box == null ? null : box.width());
        setDouble(statement, 13, box == null ? null : box.height());
        statement.setObject(14, Jdbc.timestamp(record.bestTime() == null ? null : Track.micros(record.bestTime())));
        statement.setInt(15, snapshotSize(record));
    }

    /** The track in the current row of a result that selected {@link #COLUMNS}, without its zones. */
    static Track read(ResultSet rows) throws SQLException {
        long id = rows.getLong("id");
        double bestX = rows.getDouble("best_x");
        Box best = rows.wasNull() ? null : new Box(bestX, rows.getDouble("best_y"), rows.getDouble("best_width"),
                rows.getDouble("best_height"));
        return new Track(id, rows.getString("channel_id"), rows.getLong("track_no"), rows.getString("label"),
                Jdbc.instant(rows, "first_seen"), Jdbc.instant(rows, "last_seen"),
                TrackPathJson.decode(id, rows.getString("path")), rows.getDouble("mean_speed"),
                rows.getDouble("direction"), rows.getString("colour"), best, Jdbc.instant(rows, "best_time"),
                rows.getInt("snapshot_size"), List.of());
    }

    static int snapshotSize(TrackRecord record) {
        byte[] jpeg = record.bestSnapshotJpeg();
        return jpeg == null ? 0 : jpeg.length;
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }
}
