package org.xueliang.alerts.auth;

import java.util.Objects;

/**
 * A user as an administrator asks for it.
 *
 * @param name         login name
 * @param role         what he may do
 * @param jurisdiction required for a duty officer, refused for the others
 * @param password     the new password; null keeps the old one when replacing a user
 */
public record UserSpec(String name, Role role, String jurisdiction, String password) {
    public UserSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    @Override
    public String toString() {
        return "UserSpec[" + name + ", " + role + ", " + jurisdiction + (password == null ? "" : ", password ***") + "]";
    }
}
