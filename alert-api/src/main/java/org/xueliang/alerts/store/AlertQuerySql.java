package org.xueliang.alerts.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The WHERE clause and its parameters for an {@link AlertQuery}; values are always bound, never inlined. */
final class AlertQuerySql {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    AlertQuerySql(AlertQuery query) {
        add("channel_id = ?", query.channelId());
        add("alert_type = ?", query.type());
        add("state = ?", query.state() == null ? null : query.state().name());
        add("event_time >= ?", Jdbc.timestamp(query.from()));
        add("event_time < ?", Jdbc.timestamp(query.to()));
    }

    private void add(String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }

    /** {@code ""} or {@code " WHERE a = ? AND b = ?"}. */
    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the filter values from parameter 1 on; returns the next free index. */
    int bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        return index;
    }
}
