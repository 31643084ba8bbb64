package org.xueliang.server.config;

/**
 * The JDBC database of alerts and channels.
 *
 * @param url      {@code jdbc:h2:...} (default, a file under the data folder) or {@code jdbc:postgresql:...}
 * @param username database user (default {@code sa}, H2's usual administrator)
 * @param password database password, empty when none
 */
public record StoreConfig(String url, String username, String password) {
    @Override
    public String toString() {
        return "StoreConfig[url=" + Secrets.maskJdbcUrl(url) + ", username=" + username
                + ", password=" + Secrets.mask(password) + "]";
    }
}
