package org.xueliang.alerts.jurisdiction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.xueliang.alerts.store.Jdbc;

/** Jurisdictions over JDBC, and the whole tree at once. Every method blocks. */
public final class JurisdictionStore {
    private static final String COLUMNS = "code, name, jurisdiction_level, parent_code";
    /** SQLSTATE of a primary key violation, the same on H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final Clock clock;

    public JurisdictionStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every jurisdiction, by code. */
    public List<Jurisdiction> list() {
        return Jdbc.read(dataSource, "listing jurisdictions", JurisdictionStore::all);
    }

    private static List<Jurisdiction> all(Connection connection) throws SQLException {
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        try (PreparedStatement statement =
                     connection.prepareStatement("SELECT " + COLUMNS + " FROM jurisdictions ORDER BY code");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                jurisdictions.add(jurisdiction(rows));
            }
        }
        return jurisdictions;
    }

    public Optional<Jurisdiction> find(String code) {
        return Jdbc.read(dataSource, "reading jurisdiction " + code, connection -> {
            try (PreparedStatement statement =
                         connection.prepareStatement("SELECT " + COLUMNS + " FROM jurisdictions WHERE code = ?")) {
                statement.setString(1, code);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(jurisdiction(rows)) : Optional.empty();
                }
            }
        });
    }

    /** @throws DuplicateJurisdictionException when the code is taken */
    public void insert(Jurisdiction jurisdiction) {
        Instant now = clock.instant();
        Jdbc.inTransaction(dataSource, "saving jurisdiction " + jurisdiction.code(), connection -> {
            if (insert(connection, jurisdiction, now) == 0) {
                throw new DuplicateJurisdictionException(jurisdiction.code());
            }
            return null;
        });
    }

    /** @throws JurisdictionNotFoundException when no jurisdiction has the code */
    public void update(Jurisdiction jurisdiction) {
        Instant now = clock.instant();
        Jdbc.inTransaction(dataSource, "replacing jurisdiction " + jurisdiction.code(), connection -> {
            if (update(connection, jurisdiction, now) == 0) {
                throw new JurisdictionNotFoundException(jurisdiction.code());
            }
            return null;
        });
    }

    /**
     * Saves the jurisdictions in order, each replacing the one with its code or added anew, in one transaction.
     *
     * @return how many were added
     */
    public int saveAll(List<Jurisdiction> jurisdictions) {
        Instant now = clock.instant();
        return Jdbc.inTransaction(dataSource, "importing " + jurisdictions.size() + " jurisdictions", connection -> {
            int created = 0;
            for (Jurisdiction jurisdiction : jurisdictions) {
                if (update(connection, jurisdiction, now) == 0) {
                    insert(connection, jurisdiction, now);
                    created++;
                }
            }
            return created;
        });
    }

    /** Inserts; returns 0 when the code is taken. */
    private static int insert(Connection connection, Jurisdiction jurisdiction, Instant now) throws SQLException {
        String sql = "INSERT INTO jurisdictions (" + COLUMNS + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, jurisdiction.code());
            statement.setString(2, jurisdiction.name());
            statement.setString(3, jurisdiction.level().name());
            statement.setString(4, jurisdiction.parent());
            statement.setObject(5, Jdbc.timestamp(now));
            statement.setObject(6, Jdbc.timestamp(now));
            return statement.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return 0;
            }
            throw e;
        }
    }

    private static int update(Connection connection, Jurisdiction jurisdiction, Instant now) throws SQLException {
        String sql = "UPDATE jurisdictions SET name = ?, jurisdiction_level = ?, parent_code = ?, updated_at = ?"
                + " WHERE code = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, jurisdiction.name());
            statement.setString(2, jurisdiction.level().name());
            statement.setString(3, jurisdiction.parent());
            statement.setObject(4, Jdbc.timestamp(now));
            statement.setString(5, jurisdiction.code());
            return statement.executeUpdate();
        }
    }

    /**
     * Deletes a jurisdiction that nothing refers to any more.
     *
     * @throws JurisdictionNotFoundException when no jurisdiction has the code
     * @throws JurisdictionInUseException    when children, sites, channels of its grid or users refer to it
     */
    public void delete(String code) {
        Jdbc.inTransaction(dataSource, "deleting jurisdiction " + code, connection -> {
            String usage = JurisdictionUsage.describe(connection, code);
            if (!usage.isEmpty()) {
                throw new JurisdictionInUseException("jurisdiction \"" + code + "\" is still used by " + usage);
            }
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM jurisdictions WHERE code = ?")) {
                statement.setString(1, code);
                if (statement.executeUpdate() == 0) {
                    throw new JurisdictionNotFoundException(code);
                }
            }
            return null;
        });
    }

    /** The jurisdictions, sites and assignments as one consistent snapshot. */
    public JurisdictionTree loadTree() {
        return Jdbc.inTransaction(dataSource, "loading the jurisdiction tree", connection ->
                new JurisdictionTree(all(connection), SiteStore.all(connection), SiteStore.assignments(connection)));
    }

    private static Jurisdiction jurisdiction(ResultSet rows) throws SQLException {
        return new Jurisdiction(rows.getString("code"), rows.getString("name"),
                JurisdictionLevel.valueOf(rows.getString("jurisdiction_level")), rows.getString("parent_code"));
    }
}
