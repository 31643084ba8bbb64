package org.xueliang.alerts.jurisdiction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What still refers to a jurisdiction, in words, so that a refused delete says what to move first. */
final class JurisdictionUsage {
    private JurisdictionUsage() {
    }

    /** For example {@code "2 children, 1 site"}; empty when nothing refers to it. */
    static String describe(Connection connection, String code) throws SQLException {
        List<String> parts = new ArrayList<>();
        add(parts, count(connection, "SELECT COUNT(*) FROM jurisdictions WHERE parent_code = ?", code),
                "child", "children");
        add(parts, count(connection, "SELECT COUNT(*) FROM sites WHERE jurisdiction_code = ?", code), "site", "sites");
        add(parts, count(connection, "SELECT COUNT(*) FROM channel_assignments WHERE grid_code = ?", code),
                "channel", "channels");
        add(parts, count(connection, "SELECT COUNT(*) FROM users WHERE jurisdiction_code = ?", code), "user", "users");
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, long count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }

    private static long count(Connection connection, String sql, String code) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, code);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
