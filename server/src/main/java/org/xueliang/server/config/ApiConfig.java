package org.xueliang.server.config;

/**
 * Access to {@code /api}.
 *
 * @param token bearer token required on every API request, at least 16 characters
 */
public record ApiConfig(String token) {
    @Override
    public String toString() {
        return "ApiConfig[token=" + Secrets.mask(token) + "]";
    }
}
