package org.xueliang.alerts.gb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.xueliang.alerts.store.Jdbc;

/** The rows of {@code gb_channels}, for {@link GbDeviceStore}. */
final class GbChannelRows {
    private static final String COLUMNS = "device_id, channel_id, name, manufacturer, model, civil_code, parent_id,"
            + " status, longitude, latitude, ptz_type, updated_at";

    private GbChannelRows() {
    }

    static void insert(Connection connection, String deviceId, Collection<GbCatalogItem> items, Instant now)
            throws SQLException {
        String sql = "INSERT INTO gb_channels (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (GbCatalogItem item : items) {
                statement.setString(1, deviceId);
                statement.setString(2, item.channelId());
                statement.setString(3, GbSql.cut(item.name(), 200));
                statement.setString(4, GbSql.cut(item.manufacturer(), 100));
                statement.setString(5, GbSql.cut(item.model(), 100));
                statement.setString(6, GbSql.cut(item.civilCode(), 64));
                statement.setString(7, GbSql.cut(item.parentId(), 200));
                statement.setString(8, GbSql.cut(item.status(), 16));
                GbSql.setDouble(statement, 9, item.longitude());
                GbSql.setDouble(statement, 10, item.latitude());
                GbSql.setInt(statement, 11, item.ptzType());
                statement.setObject(12, Jdbc.timestamp(now));
                statement.addBatch();
            }
            if (!items.isEmpty()) {
                statement.executeBatch();
            }
        }
    }

    static List<GbChannel> list(Connection connection, String deviceId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM gb_channels WHERE device_id = ? ORDER BY channel_id")) {
            statement.setString(1, deviceId);
            List<GbChannel> channels = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    channels.add(channel(rows));
                }
            }
            return channels;
        }
    }

    static Optional<GbChannel> find(Connection connection, String deviceId, String channelId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM gb_channels WHERE device_id = ? AND channel_id = ?")) {
            statement.setString(1, deviceId);
            statement.setString(2, channelId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(channel(rows)) : Optional.empty();
            }
        }
    }

    private static GbChannel channel(ResultSet rows) throws SQLException {
        return new GbChannel(rows.getString("device_id"), rows.getString("channel_id"), rows.getString("name"),
                rows.getString("manufacturer"), rows.getString("model"), rows.getString("civil_code"),
                rows.getString("parent_id"), rows.getString("status"), GbSql.nullableDouble(rows, "longitude"),
                GbSql.nullableDouble(rows, "latitude"), GbSql.nullableInt(rows, "ptz_type"),
                Jdbc.instant(rows, "updated_at"));
    }
}
