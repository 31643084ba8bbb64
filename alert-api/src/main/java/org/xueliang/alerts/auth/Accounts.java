package org.xueliang.alerts.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;

/**
 * Users and their tokens: who exists, who may log in, and which token belongs to whom. Blocking:
 * call it on a store thread.
 */
public final class Accounts {
    /** The label of tokens issued by a login. */
    public static final String LOGIN_LABEL = "login";

    private final UserStore store;
    private final PasswordHasher hasher;
    private final Predicate<String> jurisdictionExists;
    private final Clock clock;
    private final Duration loginTokenTtl;
    private final SecureRandom random = new SecureRandom();
    /** Checked when the name is unknown, so that a login takes as long whether the name exists or not. */
    private final String decoyHash;

    /**
     * @param jurisdictionExists whether a jurisdiction code exists, to check a duty officer's
     * @param loginTokenTtl      how long a token issued by a login works
     */
    public Accounts(UserStore store, PasswordHasher hasher, Predicate<String> jurisdictionExists, Clock clock,
                    Duration loginTokenTtl) {
        this.store = Objects.requireNonNull(store, "store");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.jurisdictionExists = Objects.requireNonNull(jurisdictionExists, "jurisdictionExists");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.loginTokenTtl = Objects.requireNonNull(loginTokenTtl, "loginTokenTtl");
        if (loginTokenTtl.isZero() || loginTokenTtl.isNegative()) {
            throw new IllegalArgumentException("login token lifetime must be positive, got " + loginTokenTtl);
        }
        this.decoyHash = hasher.hash(UUID.randomUUID().toString());
    }

    public List<User> list() {
        return store.list();
    }

    /** @throws UserNotFoundException when no user has the name */
    public User get(String name) {
        return store.find(name).orElseThrow(() -> new UserNotFoundException(name));
    }

    /**
     * @throws InvalidUserException   when the role and jurisdiction do not fit, or the password is missing
     * @throws DuplicateUserException when the name is taken
     */
    public User create(UserSpec spec) {
        check(spec);
        if (spec.password() == null) {
            throw new InvalidUserException(List.of(new FieldError("password", "is required for a new user")));
        }
        Instant now = now();
        User user = new User(spec.name(), spec.role(), spec.jurisdiction(), now, now);
        store.insert(user, hasher.hash(spec.password()));
        return user;
    }

    /**
     * Replaces role and jurisdiction, and the password when one is given. Takes effect on his
     * next request: tokens are looked up per request.
     *
     * @throws InvalidUserException when the role and jurisdiction do not fit
     * @throws UserNotFoundException when no user has the name
     */
    public User replace(UserSpec spec) {
        check(spec);
        String hash = spec.password() == null ? null : hasher.hash(spec.password());
        store.update(spec.name(), spec.role(), spec.jurisdiction(), hash, now());
        return get(spec.name());
    }

    private void check(UserSpec spec) {
        List<FieldError> errors = new ArrayList<>();
        String jurisdiction = spec.jurisdiction();
        if (spec.role() == Role.DUTY_OFFICER && jurisdiction == null) {
            errors.add(new FieldError("jurisdiction", "is required for role duty_officer"));
        } else if (spec.role() != Role.DUTY_OFFICER && jurisdiction != null) {
            errors.add(new FieldError("jurisdiction", "only a duty_officer has a jurisdiction, got "
                    + FieldReader.quote(jurisdiction) + " for role " + spec.role().wireName()));
        } else if (jurisdiction != null && !jurisdictionExists.test(jurisdiction)) {
            errors.add(new FieldError("jurisdiction", "jurisdiction " + FieldReader.quote(jurisdiction)
                    + " does not exist"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidUserException(errors);
        }
    }

    /** Deletes a user and his tokens. @throws UserNotFoundException when no user has the name */
    public void delete(String name) {
        store.delete(name);
    }

    /**
     * Issues a token that never expires, for a display or an integration.
     *
     * @throws UserNotFoundException when no user has the name
     */
    public IssuedToken issueToken(String name, String label) {
        get(name);
        return issue(name, label, null);
    }

    private IssuedToken issue(String name, String label, Instant expiresAt) {
        String secret = TokenSecrets.generate(random);
        ApiToken token = new ApiToken(UUID.randomUUID().toString(), name, label, now(), expiresAt);
        store.insertToken(token, TokenSecrets.digest(secret));
        return new IssuedToken(token, secret);
    }

    /** @throws UserNotFoundException when no user has the name */
    public List<ApiToken> tokens(String name) {
        get(name);
        return store.tokens(name);
    }

    /** @throws TokenNotFoundException when the user has no such token */
    public void revokeToken(String name, String id) {
        if (!store.deleteToken(name, id)) {
            get(name);
            throw new TokenNotFoundException(name, id);
        }
    }

    /**
     * Checks a name and password and issues a token that expires after the login lifetime;
     * expired tokens of the user are purged on the way.
     *
     * @throws LoginFailedException when the name is unknown or the password wrong
     */
    public IssuedToken login(String name, String password) {
        Optional<UserStore.StoredUser> user = store.findWithHash(name);
        if (user.isEmpty()) {
            hasher.verify(password, decoyHash);
            throw new LoginFailedException();
        }
        if (!hasher.verify(password, user.get().passwordHash())) {
            throw new LoginFailedException();
        }
        Instant now = now();
        store.deleteExpired(name, now);
        return issue(name, LOGIN_LABEL, now.plus(loginTokenTtl));
    }

    /** The principal whose unexpired token this is. */
    public Optional<Principal> authenticate(String secret) {
        return store.userOfToken(TokenSecrets.digest(secret), clock.instant()).map(User::principal);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
