package org.xueliang.server.config;

import java.time.Duration;

/**
 * Access to {@code /api}.
 *
 * @param token         bearer token required on every API request, at least 16 characters: the bootstrap
 *                      administrator, who creates the users
 * @param loginTokenTtl how long a token from {@code POST /api/v1/auth/login} works
 */
public record ApiConfig(String token, Duration loginTokenTtl) {
    public static final Duration DEFAULT_LOGIN_TOKEN_TTL = Duration.ofHours(12);

    /** The bootstrap token with the default login token lifetime. */
    public ApiConfig(String token) {
        this(token, DEFAULT_LOGIN_TOKEN_TTL);
    }

    @Override
    public String toString() {
        return "ApiConfig[token=" + Secrets.mask(token) + ", loginTokenTtl=" + loginTokenTtl + "]";
    }
}
