package org.xueliang.alerts.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.store.TestDatabase;
import org.xueliang.alerts.store.TestDatabase.Vendor;
import org.xueliang.alerts.workflow.MutableClock;

/** Users and tokens behave the same on H2 and PostgreSQL; only digests of tokens are stored. */
class AccountsContractTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");
    private static final Set<String> JURISDICTIONS = Set.of("341122", "341122100");

    private static Accounts accounts(TestDatabase db, MutableClock clock) {
        // rows for the users' foreign key; the set stands in for the jurisdiction directory
        db.execute("INSERT INTO jurisdictions VALUES ('341122', 'county', 'COUNTY', NULL, TIMESTAMP WITH TIME ZONE"
                + " '2024-05-01 08:00:00+00', TIMESTAMP WITH TIME ZONE '2024-05-01 08:00:00+00')");
        db.execute("INSERT INTO jurisdictions VALUES ('341122100', 'township', 'TOWNSHIP', '341122', TIMESTAMP WITH TIME"
                + " ZONE '2024-05-01 08:00:00+00', TIMESTAMP WITH TIME ZONE '2024-05-01 08:00:00+00')");
        return new Accounts(new UserStore(db.database().dataSource()), new PasswordHasher(1_000, new SecureRandom()),
                JURISDICTIONS::contains, clock, Duration.ofHours(12));
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void createsReplacesAndDeletesUsers(Vendor vendor) {
        MutableClock clock = new MutableClock(T0);
        try (TestDatabase db = TestDatabase.open(vendor)) {
            Accounts accounts = accounts(db, clock);

            User officer = accounts.create(new UserSpec("zhang.wei", Role.DUTY_OFFICER, "341122100", "s3cret-pass"));
            accounts.create(new UserSpec("li", Role.OPERATOR, null, "another-pass"));
            clock.advance(Duration.ofMinutes(1));
            User promoted = accounts.replace(new UserSpec("zhang.wei", Role.OPERATOR, null, null));

            assertThat(officer).isEqualTo(new User("zhang.wei", Role.DUTY_OFFICER, "341122100", T0, T0));
            assertThat(promoted).isEqualTo(new User("zhang.wei", Role.OPERATOR, null, T0, T0.plusSeconds(60)));
            assertThat(accounts.list()).extracting(User::name).containsExactly("li", "zhang.wei");
            // the password was kept when none was given
            assertThat(accounts.login("zhang.wei", "s3cret-pass").token().user()).isEqualTo("zhang.wei");

            accounts.delete("li");
            assertThatThrownBy(() -> accounts.get("li")).isInstanceOf(UserNotFoundException.class)
                    .hasMessage("user \"li\" does not exist");
            assertThatThrownBy(() -> accounts.create(new UserSpec("zhang.wei", Role.ADMIN, null, "whatever-1")))
                    .isInstanceOf(DuplicateUserException.class).hasMessage("user \"zhang.wei\" already exists");
            assertThatThrownBy(() -> accounts.replace(new UserSpec("nobody", Role.ADMIN, null, null)))
                    .isInstanceOf(UserNotFoundException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aDutyOfficerAndOnlyOneHasAnExistingJurisdiction(Vendor vendor) {
        try (TestDatabase db = TestDatabase.open(vendor)) {
            Accounts accounts = accounts(db, new MutableClock(T0));

            assertThatThrownBy(() -> accounts.create(new UserSpec("a", Role.DUTY_OFFICER, null, "password-1")))
                    .isInstanceOfSatisfying(InvalidUserException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("jurisdiction", "is required for role duty_officer")));
            assertThatThrownBy(() -> accounts.create(new UserSpec("b", Role.OPERATOR, "341122", "password-1")))
                    .isInstanceOfSatisfying(InvalidUserException.class, e -> assertThat(e.errors()).containsExactly(
                            new FieldError("jurisdiction",
                                    "only a duty_officer has a jurisdiction, got \"341122\" for role operator")));
            assertThatThrownBy(() -> accounts.create(new UserSpec("c", Role.DUTY_OFFICER, "999", "password-1")))
                    .isInstanceOfSatisfying(InvalidUserException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("jurisdiction", "jurisdiction \"999\" does not exist")));
            assertThatThrownBy(() -> accounts.create(new UserSpec("d", Role.ADMIN, null, null)))
                    .isInstanceOf(InvalidUserException.class).hasMessage("invalid user: password: is required for a new user");
            assertThat(accounts.list()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void issuesTokensShownOnceAndKeepsOnlyTheirDigests(Vendor vendor) throws Exception {
        MutableClock clock = new MutableClock(T0);
        try (TestDatabase db = TestDatabase.open(vendor)) {
            Accounts accounts = accounts(db, clock);
            accounts.create(new UserSpec("zhang.wei", Role.DUTY_OFFICER, "341122100", "s3cret-pass"));

            IssuedToken wall = accounts.issueToken("zhang.wei", "wall-3");

            assertThat(wall.secret()).startsWith("xl_").hasSize(3 + 43);
            assertThat(accounts.authenticate(wall.secret()))
                    .contains(new Principal("zhang.wei", Role.DUTY_OFFICER, "341122100"));
            assertThat(accounts.authenticate(wall.secret() + "x")).isEmpty();
            assertThat(accounts.tokens("zhang.wei")).containsExactly(wall.token());
            assertThat(storedDigests(db)).containsExactly(TokenSecrets.digest(wall.secret()))
                    .doesNotContain(wall.secret());

            accounts.revokeToken("zhang.wei", wall.token().id());
            assertThat(accounts.authenticate(wall.secret())).isEmpty();
            assertThatThrownBy(() -> accounts.revokeToken("zhang.wei", wall.token().id()))
                    .isInstanceOf(TokenNotFoundException.class)
                    .hasMessage("user \"zhang.wei\" has no token \"" + wall.token().id() + "\"");
            assertThatThrownBy(() -> accounts.issueToken("nobody", null)).isInstanceOf(UserNotFoundException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aLoginTokenExpiresAndDeletingTheUserRevokesHisTokens(Vendor vendor) {
        MutableClock clock = new MutableClock(T0);
        try (TestDatabase db = TestDatabase.open(vendor)) {
            Accounts accounts = accounts(db, clock);
            accounts.create(new UserSpec("li", Role.OPERATOR, null, "another-pass"));

            IssuedToken login = accounts.login("li", "another-pass");
            IssuedToken forever = accounts.issueToken("li", null);

            assertThat(login.token().label()).isEqualTo("login");
            assertThat(login.token().expiresAt()).isEqualTo(T0.plus(Duration.ofHours(12)));
            clock.set(T0.plus(Duration.ofHours(12)).minusSeconds(1));
            assertThat(accounts.authenticate(login.secret())).isPresent();
            clock.set(T0.plus(Duration.ofHours(12)));
            assertThat(accounts.authenticate(login.secret())).isEmpty();
            // the next login purges the expired token
            accounts.login("li", "another-pass");
            assertThat(accounts.tokens("li")).hasSize(2).doesNotContain(login.token());

            assertThatThrownBy(() -> accounts.login("li", "wrong-pass")).isInstanceOf(LoginFailedException.class)
                    .hasMessage("name or password not accepted");
            assertThatThrownBy(() -> accounts.login("nobody", "another-pass")).isInstanceOf(LoginFailedException.class)
                    .hasMessage("name or password not accepted");

            accounts.delete("li");
            assertThat(accounts.authenticate(forever.secret())).isEmpty();
        }
    }

    private static List<String> storedDigests(TestDatabase db) throws Exception {
        List<String> digests = new ArrayList<>();
        try (Connection connection = db.separateConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT token_digest FROM api_tokens")) {
            while (rows.next()) {
                digests.add(rows.getString(1));
            }
        }
        return digests;
    }
}
