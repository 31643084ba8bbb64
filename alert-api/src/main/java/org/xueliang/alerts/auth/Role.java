package org.xueliang.alerts.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a user may do. */
public enum Role {
    /** Integrator and administrator: everything, configuration included. */
    ADMIN,
    /** Command-centre operator: every alert and the video wall, no configuration changes. */
    OPERATOR,
    /** Township duty officer: only the alerts of his jurisdiction's subtree, nothing else. */
    DUTY_OFFICER;

    /** The names the API uses. */
    public static final List<String> NAMES = Arrays.stream(values()).map(Role::wireName).toList();

    /** The name in the API: {@code admin}, {@code operator}, {@code duty_officer}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of an API name, in any case. */
    public static Optional<Role> parse(String text) {
        return Arrays.stream(values()).filter(role -> role.wireName().equalsIgnoreCase(text.strip())).findFirst();
    }
}
