package org.xueliang.alerts.jurisdiction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.xueliang.alerts.store.Jdbc;

/** Key sites and the channel assignments over JDBC. Every method blocks. */
public final class SiteStore {
    private static final String COLUMNS = "code, name, site_level, jurisdiction_code";

    private final DataSource dataSource;
    private final Clock clock;

    public SiteStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every site with its channels, by code. */
    public List<Site> list() {
        return Jdbc.read(dataSource, "listing sites", SiteStore::all);
    }

    static List<Site> all(Connection connection) throws SQLException {
        Map<String, List<String>> channels = new HashMap<>();
        for (Assignment assignment : assignments(connection)) {
            if (assignment.site() != null) {
                channels.computeIfAbsent(assignment.site(), site -> new ArrayList<>()).add(assignment.channelId());
            }
        }
        List<Site> sites = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM sites ORDER BY code");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String code = rows.getString("code");
                sites.add(new Site(code, rows.getString("name"), rows.getInt("site_level"),
                        rows.getString("jurisdiction_code"), channels.getOrDefault(code, List.of())));
            }
        }
        return sites;
    }

    public Optional<Site> find(String code) {
        return Jdbc.read(dataSource, "reading site " + code,
                connection -> all(connection).stream().filter(site -> site.code().equals(code)).findFirst());
    }

    /**
     * Saves a new site and moves its channels to it.
     *
     * @throws DuplicateSiteException when the code is taken
     */
    public void insert(Site site) {
        Instant now = clock.instant();
        String sql = "INSERT INTO sites (" + COLUMNS + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)";
        Jdbc.inTransaction(dataSource, "saving site " + site.code(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, site);
                statement.setObject(5, Jdbc.timestamp(now));
                statement.setObject(6, Jdbc.timestamp(now));
                statement.executeUpdate();
            } catch (SQLException e) {
                if (JurisdictionStore.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new DuplicateSiteException(site.code());
                }
                throw e;
            }
            assignChannels(connection, site, now);
            return null;
        });
    }

    /**
     * Replaces a site; its channels become exactly the ones given (others it had belong nowhere then).
     *
     * @throws SiteNotFoundException when no site has the code
     */
    public void update(Site site) {
        Instant now = clock.instant();
        String sql = "UPDATE sites SET name = ?, site_level = ?, jurisdiction_code = ?, updated_at = ? WHERE code = ?";
        Jdbc.inTransaction(dataSource, "replacing site " + site.code(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, site.name());
                statement.setInt(2, site.level());
                statement.setString(3, site.jurisdiction());
                statement.setObject(4, Jdbc.timestamp(now));
                statement.setString(5, site.code());
                if (statement.executeUpdate() == 0) {
                    throw new SiteNotFoundException(site.code());
                }
            }
            try (PreparedStatement statement =
                         connection.prepareStatement("DELETE FROM channel_assignments WHERE site_code = ?")) {
                statement.setString(1, site.code());
                statement.executeUpdate();
            }
            assignChannels(connection, site, now);
            return null;
        });
    }

    private static void bind(PreparedStatement statement, Site site) throws SQLException {
        statement.setString(1, site.code());
        statement.setString(2, site.name());
        statement.setInt(3, site.level());
        statement.setString(4, site.jurisdiction());
    }

    private static void assignChannels(Connection connection, Site site, Instant now) throws SQLException {
        for (String channel : site.channels()) {
            upsert(connection, Assignment.toSite(channel, site.code()), now);
        }
    }

    /**
     * Deletes a site; its channels then belong nowhere.
     *
     * @throws SiteNotFoundException when no site has the code
     */
    public void delete(String code) {
        Jdbc.inTransaction(dataSource, "deleting site " + code, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM sites WHERE code = ?")) {
                statement.setString(1, code);
                if (statement.executeUpdate() == 0) {
                    throw new SiteNotFoundException(code);
                }
            }
            return null;
        });
    }

    /** Puts a channel in a site or grid, moving it from wherever it was. */
    public void assign(Assignment assignment) {
        Instant now = clock.instant();
        Jdbc.inTransaction(dataSource, "assigning channel " + assignment.channelId(), connection -> {
            upsert(connection, assignment, now);
            return null;
        });
    }

    private static void upsert(Connection connection, Assignment assignment, Instant now) throws SQLException {
        removeAssignment(connection, assignment.channelId());
        String sql = "INSERT INTO channel_assignments (channel_id, site_code, grid_code, assigned_at) VALUES (?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, assignment.channelId());
            statement.setString(2, assignment.site());
            statement.setString(3, assignment.grid());
            statement.setObject(4, Jdbc.timestamp(now));
            statement.executeUpdate();
        }
    }

    /**
     * Takes a channel out of its site or grid.
     *
     * @throws AssignmentNotFoundException when it belongs nowhere
     */
    public void unassign(String channelId) {
        Jdbc.inTransaction(dataSource, "unassigning channel " + channelId, connection -> {
            if (removeAssignment(connection, channelId) == 0) {
                throw new AssignmentNotFoundException(channelId);
            }
            return null;
        });
    }

    private static int removeAssignment(Connection connection, String channelId) throws SQLException {
        try (PreparedStatement statement =
                     connection.prepareStatement("DELETE FROM channel_assignments WHERE channel_id = ?")) {
            statement.setString(1, channelId);
            return statement.executeUpdate();
        }
    }

    static List<Assignment> assignments(Connection connection) throws SQLException {
        List<Assignment> assignments = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT channel_id, site_code, grid_code FROM channel_assignments ORDER BY channel_id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                assignments.add(new Assignment(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return assignments;
    }
}
