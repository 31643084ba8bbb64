package org.xueliang.alerts.tracks;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.xueliang.alerts.store.Jdbc;

/** The WHERE clause and its parameters for a {@link TrackQuery}; values are always bound, never inlined. */
final class TrackQuerySql {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    TrackQuerySql(TrackQuery query) {
        where("channel_id = ?", query.channelId());
        where("label = ?", query.label());
        where("colour = ?", query.colour());
        where("id IN (SELECT track_id FROM track_zones WHERE zone_id = ?)", query.zone());
        // the track overlaps [from, to): it was still seen at from and already seen before to
        where("last_seen >= ?", Jdbc.timestamp(query.from()));
        where("first_seen < ?", Jdbc.timestamp(query.to()));
        if (query.channels() != null) {
            List<String> sorted = query.channels().stream().sorted().toList();
            // sorted so that the same scope always gives the same statement text
            conditions.add(sorted.isEmpty() ? "1 = 0"
                    : "channel_id IN (" + String.join(", ", Collections.nCopies(sorted.size(), "?")) + ")");
            parameters.addAll(sorted);
        }
    }

    private void where(String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.add(value);
        }
    }

    /** {@code ""} or {@code " WHERE a = ? AND b = ?"}. */
    String clause() {
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
