package org.xueliang.server.config;

import java.util.regex.Pattern;

/** How secrets look when configuration is printed or logged. */
final class Secrets {
    static final String MASK = "***";
    private static final Pattern JDBC_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private Secrets() {
    }

    /** {@code ***} for a set secret, an empty string for an unset one (so "no password" stays visible). */
    static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "" : MASK;
    }

    /** A JDBC URL with any {@code password=} parameter masked (PostgreSQL accepts one in the URL). */
    static String maskJdbcUrl(String url) {
        return url == null ? null : JDBC_PASSWORD.matcher(url).replaceAll("$1" + MASK);
    }
}
