package org.xueliang.alerts.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes with PBKDF2-HMAC-SHA256 from the JDK: a random 16-byte salt per password and
 * a 256-bit result, stored as {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (base64). The
 * iteration count is part of the stored value, so raising it later leaves old hashes readable.
 */
public final class PasswordHasher {
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random;

    /** @param iterations PBKDF2 rounds for new hashes; tests use few, production {@link #DEFAULT_ITERATIONS} */
    public PasswordHasher(int iterations, SecureRandom random) {
        if (iterations < 1) {
            throw new IllegalArgumentException("PBKDF2 iterations must be at least 1, got " + iterations);
        }
        this.iterations = iterations;
        this.random = Objects.requireNonNull(random, "random");
    }

    public static PasswordHasher standard() {
        return new PasswordHasher(DEFAULT_ITERATIONS, new SecureRandom());
    }

    /** A new salted hash of the password. */
    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(password, salt, iterations));
    }

    /** Whether the password matches the stored hash; false for a hash this class did not write. */
    public boolean verify(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int rounds = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            // constant-time comparison: the time taken says nothing about how much of the hash matched
            return rounds > 0 && MessageDigest.isEqual(expected, derive(password, salt, rounds));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("every Java 17 runtime has " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }
}
