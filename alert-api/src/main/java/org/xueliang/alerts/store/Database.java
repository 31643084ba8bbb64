package org.xueliang.alerts.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool of the store, migrated to the latest schema on open.
 *
 * <p>Migrations live under {@code db/migration/common} (portable SQL) and
 * {@code db/migration/h2} or {@code db/migration/postgresql} for the few types that differ.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Opens the pool and applies pending migrations. Blocking: call it at start-up, not on an
     * event loop.
     *
     * @throws StoreException when the database cannot be reached or a migration fails
     */
    public static Database open(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(durable(config.jdbcUrl()));
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setPoolName("xl-store");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open store " + config.jdbcUrl() + ": " + e.getMessage(), e);
        }
        try {
            migrate(dataSource);
        } catch (RuntimeException e) {
            dataSource.close();
            throw new StoreException("cannot migrate store " + config.jdbcUrl() + ": " + e.getMessage(), e);
        }
        return new Database(dataSource);
    }

    /**
     * An H2 file URL with {@code WRITE_DELAY=0} unless it sets its own. By default H2 writes a
     * committed transaction to its file up to a second later; a killed server (SIGKILL, OOM
     * killer) then loses alerts that were committed and already delivered. With 0 every commit
     * reaches the file (the operating system's cache) before it returns. PostgreSQL needs nothing.
     */
    static String durable(String jdbcUrl) {
        boolean h2File = jdbcUrl.startsWith("jdbc:h2:file:") || jdbcUrl.startsWith("jdbc:h2:./")
                || jdbcUrl.startsWith("jdbc:h2:/") || jdbcUrl.startsWith("jdbc:h2:~");
        if (!h2File || jdbcUrl.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
            return jdbcUrl;
        }
        return jdbcUrl + ";WRITE_DELAY=0";
    }

    private static void migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor(dataSource))
                .load()
                .migrate();
        if (result.migrationsExecuted == 0) {
            LOG.info("store schema up to date");
        } else {
            LOG.info("store schema migrated to version {} ({} migrations applied)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }

    /**
     * The folder of vendor-specific migrations. Spring Boot spells this {@code {vendor}} in its
     * locations; plain Flyway has no such placeholder, so it is resolved here.
     */
    private static String vendor(DataSource dataSource) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new StoreException("cannot read the database product name: " + e.getMessage(), e);
        }
        return switch (product) {
            case "H2" -> "h2";
            case "PostgreSQL" -> "postgresql";
            default -> throw new StoreException("unsupported database " + product + ", expected H2 or PostgreSQL");
        };
    }

    /** The pooled data source, for the stores. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Whether a connection can be borrowed and answers a trivial query. Blocking. */
    public boolean ping() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            LOG.warn("store ping failed: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
