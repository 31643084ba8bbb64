package org.xueliang.alerts.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: 256 random bits, base64url with an {@code xl_} prefix so that a leaked token is
 * easy to recognise in a log or a repository scan. The store keeps only the SHA-256 digest: a
 * random 256-bit secret needs no salt or slow hash, and the digest lets a request find its token
 * by index.
 */
public final class TokenSecrets {
    public static final String PREFIX = "xl_";
    private static final int BYTES = 32;

    private TokenSecrets() {
    }

    /** A new secret. */
    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of a secret, 64 lower-case hex digits. */
    public static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
