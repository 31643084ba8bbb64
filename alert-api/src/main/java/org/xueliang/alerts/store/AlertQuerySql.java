package org.xueliang.alerts.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** The WHERE clause and its parameters for an {@link AlertQuery}; values are always bound, never inlined. */
public final class AlertQuerySql {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    AlertQuerySql(AlertQuery query) {
        add("channel_id = ?", query.channelId());
        add("alert_type = ?", query.type());
        add("state = ?", query.state() == null ? null : query.state().name());
        add("event_time >= ?", Jdbc.timestamp(query.from()));
        add("event_time < ?", Jdbc.timestamp(query.to()));
        within(query.channels());
    }

    /** Event time window and channel scope only, for statistics over alerts. */
    public AlertQuerySql(Instant from, Instant to, Set<String> channels) {
        add("event_time >= ?", Jdbc.timestamp(from));
        add("event_time < ?", Jdbc.timestamp(to));
        within(channels);
    }

    private void within(Set<String> channels) {
        if (channels == null) {
            return;
        }
        if (channels.isEmpty()) {
            conditions.add("1 = 0");
            return;
        }
        // sorted so that the same scope always gives the same statement text
        List<String> sorted = channels.stream().sorted().toList();
        conditions.add("channel_id IN (" + String.join(", ", Collections.nCopies(sorted.size(), "?")) + ")");
        parameters.addAll(sorted);
    }

    private void add(String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }

    /** {@code ""} or {@code " WHERE a = ? AND b = ?"}. */
    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the filter values from parameter 1 on; returns the next free index. */
    public int bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        return index;
    }
}
