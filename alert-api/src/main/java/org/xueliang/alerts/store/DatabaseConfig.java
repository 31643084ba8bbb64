package org.xueliang.alerts.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store lives.
 *
 * @param jdbcUrl     JDBC URL, {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
 * @param user        database user
 * @param password    database password, may be empty; never logged
 * @param maxPoolSize most connections held open at once, 1..100
 */
public record DatabaseConfig(String jdbcUrl, String user, String password, int maxPoolSize) {
    public DatabaseConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "store jdbcUrl must start with jdbc:h2: or jdbc:postgresql:, got \"" + jdbcUrl + "\"");
        }
        if (maxPoolSize < 1 || maxPoolSize > 100) {
            throw new IllegalArgumentException("store maxPoolSize must be from 1 to 100, got " + maxPoolSize);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** The zero-set-up default: an embedded H2 database file {@code <directory>/xueliang.mv.db}. */
    public static DatabaseConfig h2File(Path directory) {
        return new DatabaseConfig("jdbc:h2:file:" + directory.toAbsolutePath().resolve("xueliang"), "sa", "", 8);
    }

    @Override
    public String toString() {
        return "DatabaseConfig[" + jdbcUrl + ", user " + user + ", pool " + maxPoolSize + "]";
    }
}
