package org.xueliang.alerts.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A migrated, empty database of one vendor, private to one test: an H2 in-memory database, or
 * a fresh schema in the local PostgreSQL {@code test} database that is dropped on close.
 */
public final class TestDatabase implements AutoCloseable {
    /** The two databases the store supports. */
    public enum Vendor { H2, POSTGRESQL }

    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String PG_USER = "postgres";

    private final Vendor vendor;
    private final String name;
    private final DatabaseConfig config;
    private final Database database;

    private TestDatabase(Vendor vendor, String name, DatabaseConfig config) {
        this.vendor = vendor;
        this.name = name;
        this.config = config;
        this.database = Database.open(config);
    }

    public static TestDatabase open(Vendor vendor) {
        String name = "xl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        if (vendor == Vendor.H2) {
            return new TestDatabase(vendor, name,
                    new DatabaseConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", 4));
        }
        execute(PG_URL, "CREATE SCHEMA " + name);
        return new TestDatabase(vendor, name, new DatabaseConfig(PG_URL + "?currentSchema=" + name, PG_USER, "", 4));
    }

    public Vendor vendor() {
        return vendor;
    }

    public DatabaseConfig config() {
        return config;
    }

    public Database database() {
        return database;
    }

    /** A connection of its own, outside the pool, for checking what is committed. */
    public Connection separateConnection() throws SQLException {
        return DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
    }

    /** Runs one statement on a separate connection. */
    public void execute(String sql) {
        execute(config.jdbcUrl(), sql);
    }

    private static void execute(String url, String sql) {
        String user = url.startsWith("jdbc:h2:") ? "sa" : PG_USER;
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database: " + sql + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        database.close();
        if (vendor == Vendor.H2) {
            execute("SHUTDOWN");
        } else {
            execute(PG_URL, "DROP SCHEMA " + name + " CASCADE");
        }
    }

    @Override
    public String toString() {
        return vendor.name();
    }
}
