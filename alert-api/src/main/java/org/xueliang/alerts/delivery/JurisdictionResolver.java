package org.xueliang.alerts.delivery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The jurisdiction code of a camera channel, for routing alerts that carry none and for the
 * branch of its MQTT status topic. {@link #standard()} takes the channel's place in the
 * jurisdiction tree, and for a channel not placed there the CivilCode that a GB28181 device
 * reports for it in its catalog.
 */
@FunctionalInterface
public interface JurisdictionResolver {
    /**
     * @param connection a connection of the caller, possibly inside its transaction
     * @return the code, or null when the channel has none
     */
    String jurisdictionOf(Connection connection, String channelId) throws SQLException;

    /** The jurisdiction of the channel's key site or grid, else its GB28181 CivilCode. */
    static JurisdictionResolver standard() {
        return (connection, channelId) -> {
            String placed = first(connection, "SELECT COALESCE(s.jurisdiction_code, a.grid_code)"
                    + " FROM channel_assignments a LEFT JOIN sites s ON s.code = a.site_code WHERE a.channel_id = ?",
                    channelId);
            return placed != null ? placed : first(connection,
                    "SELECT MIN(civil_code) FROM gb_channels WHERE channel_id = ? AND civil_code IS NOT NULL", channelId);
        };
    }

    private static String first(Connection connection, String sql, String channelId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, channelId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
