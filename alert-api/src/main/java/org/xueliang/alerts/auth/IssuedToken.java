package org.xueliang.alerts.auth;

import java.util.Objects;

/**
 * A token just issued: the secret is shown this once and cannot be read back later.
 *
 * @param token  the stored part
 * @param secret what the client sends as {@code Authorization: Bearer <secret>}
 */
public record IssuedToken(ApiToken token, String secret) {
    public IssuedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "IssuedToken[" + token + ", secret ***]";
    }
}
