package org.xueliang.alerts.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A user as the API shows it; the password hash never leaves the store.
 *
 * @param name         login name
 * @param role         what he may do
 * @param jurisdiction for a duty officer, the code of his jurisdiction; null otherwise
 * @param createdAt    when the user was added
 * @param updatedAt    when the user was last replaced
 */
public record User(String name, Role role, String jurisdiction, Instant createdAt, Instant updatedAt) {
    public User {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** What a request with his token may do. */
    public Principal principal() {
        return new Principal(name, role, jurisdiction);
    }
}
