package org.xueliang.alerts.auth;

import java.util.Objects;

/**
 * Who is making a request, as his token says.
 *
 * @param name         the user's name, recorded in audit trails
 * @param role         what he may do
 * @param jurisdiction the root of what a duty officer sees; null for the other roles
 */
public record Principal(String name, Role role, String jurisdiction) {
    /** The name of whoever uses the token from the configuration file. */
    public static final String CONFIG_TOKEN_USER = "config-token";

    public Principal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if ((role == Role.DUTY_OFFICER) != (jurisdiction != null)) {
            throw new IllegalArgumentException("principal " + name + ": a duty officer, and only one, has a jurisdiction;"
                    + " got role " + role.wireName() + " and jurisdiction " + jurisdiction);
        }
    }

    /** The bootstrap administrator: whoever holds the configured API token. */
    public static Principal configToken() {
        return new Principal(CONFIG_TOKEN_USER, Role.ADMIN, null);
    }

    /** Whether he may change configuration: channels, jurisdictions, sites, users. */
    public boolean canConfigure() {
        return role == Role.ADMIN;
    }

    /** Whether he sees every alert rather than his jurisdiction's. */
    public boolean seesAllAlerts() {
        return role != Role.DUTY_OFFICER;
    }
}
