package org.xueliang.alerts.http;

import java.util.List;
import java.util.Objects;

/**
 * Settings of the HTTP API.
 *
 * @param host           address to bind, for example {@code 0.0.0.0}
 * @param port           port to bind, 0 for any free port
 * @param tokens         bearer tokens accepted on {@code /api/v1/**}; never logged
 * @param bodyLimitBytes largest request body accepted, larger ones get 413
 */
public record ApiConfig(String host, int port, List<String> tokens, int bodyLimitBytes) {
    /** 64 KiB: a channel with a few detailed zones is a few KiB. */
    public static final int DEFAULT_BODY_LIMIT = 64 * 1024;

    public ApiConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("api port must be from 0 to 65535, got " + port);
        }
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty() || tokens.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("api tokens must hold at least one token and no blank one");
        }
        if (bodyLimitBytes < 1024) {
            throw new IllegalArgumentException("api bodyLimitBytes must be at least 1024, got " + bodyLimitBytes);
        }
    }

    @Override
    public String toString() {
        return "ApiConfig[" + host + ":" + port + ", " + tokens.size() + " tokens, body limit " + bodyLimitBytes + "]";
    }
}
