package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.xueliang.alerts.auth.Role;
import org.xueliang.alerts.auth.UserSpec;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;
import org.xueliang.alerts.jurisdiction.JurisdictionRules;

/** Reads the bodies of users, tokens and logins. Passwords are never repeated in an error. */
final class UserBodies {
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final String NAME_RULE = "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit";
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 200;
    static final int MAX_LABEL = 100;

    private UserBodies() {
    }

    /**
     * {@code {"name", "role", "jurisdiction", "password"}}.
     *
     * @param pathName the name in the path when replacing (the password may then be left out), null when creating
     */
    static UserSpec user(JsonNode body, String pathName) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader reader = FieldReader.of(body, "", errors);
        reader.refuseUnknownKeys(List.of("name", "role", "jurisdiction", "password"));
        String name = name(reader, pathName);
        Role role = role(reader);
        String jurisdiction = reader.string("jurisdiction", null);
        if (jurisdiction != null) {
            JurisdictionRules.checkCode("jurisdiction", jurisdiction, errors);
        }
        String password = password(reader, pathName == null);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid user", errors);
        }
        return new UserSpec(name, role, jurisdiction, password);
    }

    private static String name(FieldReader reader, String pathName) {
        String name = reader.string("name", null);
        if (pathName != null) {
            if (name != null && !name.equals(pathName)) {
                reader.error("name", "must equal the name in the path " + FieldReader.quote(pathName) + ", got "
                        + FieldReader.quote(name));
            }
            return pathName;
        }
        if (name == null) {
            reader.error("name", "is required");
        } else if (!NAME.matcher(name).matches()) {
            reader.error("name", NAME_RULE + ", got " + FieldReader.quote(name));
        }
        return name;
    }

    private static Role role(FieldReader reader) {
        String text = reader.string("role", null);
        if (text == null) {
            reader.error("role", "is required, one of " + String.join(", ", Role.NAMES));
            return null;
        }
        Role role = Role.parse(text).orElse(null);
        if (role == null) {
            reader.error("role", "must be one of " + String.join(", ", Role.NAMES) + ", got " + FieldReader.quote(text));
        }
        return role;
    }

    private static String password(FieldReader reader, boolean required) {
        String password = reader.secret("password", null);
        if (password == null) {
            if (required && !reader.has("password")) {
                reader.error("password", "is required, at least " + MIN_PASSWORD + " characters");
            }
            return null;
        }
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            reader.error("password", "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters, got "
                    + password.length());
            return null;
        }
        return password;
    }

    /** {@code {"label": "..."}}, optional. */
    static String tokenLabel(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader reader = FieldReader.of(body, "", errors);
        reader.refuseUnknownKeys(List.of("label"));
        String label = reader.string("label", null);
        if (label != null && label.length() > MAX_LABEL) {
            reader.error("label", "must be at most " + MAX_LABEL + " characters, got " + label.length());
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid token", errors);
        }
        return label;
    }

    /** A login: name and password. */
    record Login(String name, String password) {
        @Override
        public String toString() {
            return "Login[" + name + ", password ***]";
        }
    }

    /** {@code {"name": "...", "password": "..."}}. */
    static Login login(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        FieldReader reader = FieldReader.of(body, "", errors);
        reader.refuseUnknownKeys(List.of("name", "password"));
        String name = reader.string("name", null);
        if (name == null && !reader.has("name")) {
            reader.error("name", "is required");
        }
        String password = reader.secret("password", null);
        if (password == null && !reader.has("password")) {
            reader.error("password", "is required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid login", errors);
        }
        return new Login(name, password);
    }
}
