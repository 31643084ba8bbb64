package org.xueliang.alerts.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * An API token of a user, without the token itself (only its digest is stored).
 *
 * @param id        UUID, to list and revoke it
 * @param user      whose token
 * @param label     what it is for, such as {@code login} or {@code wall-display-3}; may be null
 * @param createdAt when it was issued
 * @param expiresAt when it stops working; null for never
 */
public record ApiToken(String id, String user, String label, Instant createdAt, Instant expiresAt) {
    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
