package org.xueliang.alerts.auth;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.xueliang.alerts.store.Jdbc;

/** Users, their password hashes and their API tokens over JDBC. Every method blocks. */
public final class UserStore {
    private static final String USER_COLUMNS = "name, role, jurisdiction_code, created_at, updated_at";
    private static final String TOKEN_COLUMNS = "id, user_name, label, created_at, expires_at";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public UserStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** @throws DuplicateUserException when the name is taken */
    public void insert(User user, String passwordHash) {
        String sql = "INSERT INTO users (" + USER_COLUMNS + ", password_hash) VALUES (?, ?, ?, ?, ?, ?)";
        Jdbc.inTransaction(dataSource, "saving user " + user.name(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, user.name());
                statement.setString(2, user.role().name());
                statement.setString(3, user.jurisdiction());
                statement.setObject(4, Jdbc.timestamp(user.createdAt()));
                statement.setObject(5, Jdbc.timestamp(user.updatedAt()));
                statement.setString(6, passwordHash);
                return statement.executeUpdate();
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new DuplicateUserException(user.name());
                }
                throw e;
            }
        });
    }

    /**
     * Replaces role and jurisdiction, and the password hash unless it is null.
     *
     * @throws UserNotFoundException when no user has the name
     */
    public void update(String name, Role role, String jurisdiction, String passwordHash, Instant at) {
        String sql = "UPDATE users SET role = ?, jurisdiction_code = ?, updated_at = ?"
                + (passwordHash == null ? "" : ", password_hash = ?") + " WHERE name = ?";
        Jdbc.inTransaction(dataSource, "replacing user " + name, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, role.name());
                statement.setString(2, jurisdiction);
                statement.setObject(3, Jdbc.timestamp(at));
                int next = 4;
                if (passwordHash != null) {
                    statement.setString(next++, passwordHash);
                }
                statement.setString(next, name);
                if (statement.executeUpdate() == 0) {
                    throw new UserNotFoundException(name);
                }
            }
            return null;
        });
    }

    /** Deletes a user and every token of his. @throws UserNotFoundException when no user has the name */
    public void delete(String name) {
        Jdbc.inTransaction(dataSource, "deleting user " + name, connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM users WHERE name = ?")) {
                statement.setString(1, name);
                if (statement.executeUpdate() == 0) {
                    throw new UserNotFoundException(name);
                }
            }
            return null;
        });
    }

    public Optional<User> find(String name) {
        return findWithHash(name).map(StoredUser::user);
    }

    /** A user with his password hash, for checking a login. */
    Optional<StoredUser> findWithHash(String name) {
        String sql = "SELECT " + USER_COLUMNS + ", password_hash FROM users WHERE name = ?";
        return Jdbc.read(dataSource, "reading user " + name, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, name);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(new StoredUser(user(rows), rows.getString("password_hash")))
                            : Optional.empty();
                }
            }
        });
    }

    /** A user and his password hash. */
    record StoredUser(User user, String passwordHash) {
    }

    /** Every user, by name. */
    public List<User> list() {
        return Jdbc.read(dataSource, "listing users", connection -> {
            List<User> users = new ArrayList<>();
            try (PreparedStatement statement =
                         connection.prepareStatement("SELECT " + USER_COLUMNS + " FROM users ORDER BY name");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    users.add(user(rows));
                }
            }
            return users;
        });
    }

    /** Stores a token by its digest. */
    public void insertToken(ApiToken token, String digest) {
        String sql = "INSERT INTO api_tokens (" + TOKEN_COLUMNS + ", token_digest) VALUES (?, ?, ?, ?, ?, ?)";
        Jdbc.inTransaction(dataSource, "saving a token of user " + token.user(), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, token.id());
                statement.setString(2, token.user());
                statement.setString(3, token.label());
                statement.setObject(4, Jdbc.timestamp(token.createdAt()));
                statement.setObject(5, Jdbc.timestamp(token.expiresAt()));
                statement.setString(6, digest);
                return statement.executeUpdate();
            }
        });
    }

    /** The tokens of a user, oldest first, expired ones included until they are purged. */
    public List<ApiToken> tokens(String user) {
        String sql = "SELECT " + TOKEN_COLUMNS + " FROM api_tokens WHERE user_name = ? ORDER BY created_at, id";
        return Jdbc.read(dataSource, "listing tokens of user " + user, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, user);
                List<ApiToken> tokens = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tokens.add(new ApiToken(rows.getString("id"), rows.getString("user_name"),
                                rows.getString("label"), Jdbc.instant(rows, "created_at"),
                                Jdbc.instant(rows, "expires_at")));
                    }
                }
                return tokens;
            }
        });
    }

    /** Revokes a token; false when the user has none with this id. */
    public boolean deleteToken(String user, String id) {
        return Jdbc.inTransaction(dataSource, "revoking a token of user " + user, connection -> {
            try (PreparedStatement statement =
                         connection.prepareStatement("DELETE FROM api_tokens WHERE user_name = ? AND id = ?")) {
                statement.setString(1, user);
                statement.setString(2, id);
                return statement.executeUpdate() > 0;
            }
        });
    }

    /** Removes the tokens of a user that expired at or before {@code now}. */
    public int deleteExpired(String user, Instant now) {
        String sql = "DELETE FROM api_tokens WHERE user_name = ? AND expires_at <= ?";
        return Jdbc.inTransaction(dataSource, "purging expired tokens of user " + user, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, user);
                statement.setObject(2, Jdbc.timestamp(now));
                return statement.executeUpdate();
            }
        });
    }

    /** The user whose unexpired token has this digest. */
    public Optional<User> userOfToken(String digest, Instant now) {
        String sql = "SELECT u.name, u.role, u.jurisdiction_code, u.created_at, u.updated_at FROM api_tokens t"
                + " JOIN users u ON u.name = t.user_name"
                + " WHERE t.token_digest = ? AND (t.expires_at IS NULL OR t.expires_at > ?)";
        return Jdbc.read(dataSource, "checking a token", connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, digest);
                statement.setObject(2, Jdbc.timestamp(now));
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(user(rows)) : Optional.empty();
                }
            }
        });
    }

    private static User user(ResultSet rows) throws SQLException {
        return new User(rows.getString("name"), Role.valueOf(rows.getString("role")),
                rows.getString("jurisdiction_code"), Jdbc.instant(rows, "created_at"), Jdbc.instant(rows, "updated_at"));
    }
}
