package org.xueliang.alerts.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1_000, new SecureRandom());

    @Test
    void storesSchemeIterationsSaltAndAPbkdf2Hash() throws Exception {
        String stored = hasher.hash("correct horse");

        String[] parts = stored.split("\\$");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1]).isEqualTo("1000");
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        assertThat(salt).hasSize(16);
        // recomputed independently with the JDK: the stored value is PBKDF2-HMAC-SHA256 of the password
        byte[] expected = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("correct horse".toCharArray(), salt, 1000, 256)).getEncoded();
        assertThat(Base64.getDecoder().decode(parts[3])).isEqualTo(expected);
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("correct horse");

        assertThat(hasher.verify("correct horse", stored)).isTrue();
        assertThat(hasher.verify("correct horsE", stored)).isFalse();
        assertThat(hasher.verify("", stored)).isFalse();
    }

    @Test
    void saltsEveryHashAndReadsHashesOfOtherIterationCounts() {
        String first = hasher.hash("same");
        String second = hasher.hash("same");
        assertThat(first).isNotEqualTo(second);

        String stronger = new PasswordHasher(3_000, new SecureRandom()).hash("same");
        assertThat(stronger).startsWith("pbkdf2-sha256$3000$");
        assertThat(hasher.verify("same", stronger)).isTrue();
        assertThat(PasswordHasher.DEFAULT_ITERATIONS).isEqualTo(600_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "bcrypt$10$x$y", "pbkdf2-sha256$x$AAAA$AAAA", "pbkdf2-sha256$0$AAAA$AAAA",
        "pbkdf2-sha256$1000$!!$AAAA", "pbkdf2-sha256$1000$AAAA"})
    void aValueItDidNotWriteNeverMatches(String stored) {
        assertThat(hasher.verify("plain", stored)).isFalse();
    }
}
