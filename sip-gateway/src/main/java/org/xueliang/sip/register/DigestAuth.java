package org.xueliang.sip.register;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * HTTP Digest authentication as GB/T 28181 uses it for REGISTER: RFC 2617 with MD5, qop
 * {@code auth} or none.
 *
 * <p>Nonces are stateless: issue time, random bytes and a keyed tag, so the gateway can check
 * origin and age of any nonce without remembering the ones it handed out, however many devices
 * register. The key is drawn from the injected random once, so nonces die with the process.
 * Nonce counts are not tracked: replay within the nonce lifetime is accepted, as the devices'
 * own retransmissions would otherwise be refused.
 */
public final class DigestAuth {
    private static final int TIME_BYTES = 8;
    private static final int RANDOM_BYTES = 8;
    private static final int TAG_BYTES = 8;
    private static final int NONCE_BYTES = TIME_BYTES + RANDOM_BYTES + TAG_BYTES;
    private static final HexFormat HEX = HexFormat.of();

    private final String realm;
    private final Clock clock;
    private final RandomGenerator random;
    private final Duration nonceLifetime;
    private final boolean offerQop;
    private final byte[] key = new byte[16];

    /**
     * @param realm         the SIP domain (first 10 digits of the platform ID)
     * @param clock         time of issue and expiry of nonces
     * @param random        source of nonces and of the nonce key; must be thread-safe ({@code SecureRandom} is)
     * @param nonceLifetime how long a nonce is accepted
     * @param offerQop      whether challenges offer {@code qop="auth"}; some older devices stumble on it
     */
    public DigestAuth(String realm, Clock clock, RandomGenerator random, Duration nonceLifetime, boolean offerQop) {
        this.realm = Objects.requireNonNull(realm, "realm");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        if (nonceLifetime.isNegative() || nonceLifetime.isZero()) {
            throw new IllegalArgumentException("nonce lifetime must be greater than zero, got " + nonceLifetime);
        }
        this.nonceLifetime = nonceLifetime;
        this.offerQop = offerQop;
        random.nextBytes(key);
    }

    /** The realm challenges name. */
    public String realm() {
        return realm;
    }

    /** A fresh nonce: 48 hex digits. */
    public String newNonce() {
        ByteBuffer nonce = ByteBuffer.allocate(NONCE_BYTES);
        nonce.putLong(clock.millis());
        byte[] randomPart = new byte[RANDOM_BYTES];
        random.nextBytes(randomPart);
        nonce.put(randomPart);
        nonce.put(tag(nonce.array()));
        return HEX.formatHex(nonce.array());
    }

    /**
     * A {@code WWW-Authenticate} value with a fresh nonce:
     * {@code Digest realm="<domain>", nonce="<nonce>", algorithm=MD5} (plus {@code qop="auth"} if
     * offered and {@code stale=TRUE} when answering an expired nonce).
     */
    public String challenge(boolean stale) {
        StringBuilder value = new StringBuilder("Digest realm=\"").append(realm).append("\", nonce=\"")
                .append(newNonce()).append("\", algorithm=MD5");
        if (offerQop) {
            value.append(", qop=\"auth\"");
        }
        if (stale) {
            value.append(", stale=TRUE");
        }
        return value.toString();
    }

    /** Whether a nonce was issued here and is still within its lifetime. */
    public NonceStatus checkNonce(String nonce) {
        byte[] bytes;
        try {
            bytes = HEX.parseHex(nonce);
        } catch (IllegalArgumentException e) {
            return NonceStatus.UNKNOWN;
        }
        if (bytes.length != NONCE_BYTES) {
            return NonceStatus.UNKNOWN;
        }
        byte[] expectedTag = tag(bytes);
        byte[] givenTag = new byte[TAG_BYTES];
        System.arraycopy(bytes, TIME_BYTES + RANDOM_BYTES, givenTag, 0, TAG_BYTES);
        if (!MessageDigest.isEqual(expectedTag, givenTag)) {
            return NonceStatus.UNKNOWN;
        }
        long issued = ByteBuffer.wrap(bytes).getLong();
        long age = clock.millis() - issued;
        if (age < 0) {
            return NonceStatus.UNKNOWN;
        }
        return age > nonceLifetime.toMillis() ? NonceStatus.EXPIRED : NonceStatus.VALID;
    }

    /** Whether the device's response matches the password, compared in constant time. */
    public boolean responseMatches(DigestCredentials credentials, String method, String password) {
        byte[] expected = expectedResponse(credentials, method, password).getBytes(StandardCharsets.US_ASCII);
        byte[] given = credentials.response().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    /**
     * The RFC 2617 request-digest for these credentials: {@code MD5(HA1:nonce:HA2)}, or with qop
     * {@code MD5(HA1:nonce:nc:cnonce:qop:HA2)}, where {@code HA1 = MD5(username:realm:password)}
     * and {@code HA2 = MD5(method:uri)}.
     */
    public static String expectedResponse(DigestCredentials c, String method, String password) {
        String ha1 = md5Hex(c.username() + ":" + c.realm() + ":" + password);
        String ha2 = md5Hex(method + ":" + c.uri());
        if (c.qop() == null) {
            return md5Hex(ha1 + ":" + c.nonce() + ":" + ha2);
        }
        return md5Hex(ha1 + ":" + c.nonce() + ":" + c.nc() + ":" + c.cnonce() + ":" + c.qop() + ":" + ha2);
    }

    /** Lower-case hex MD5 of the UTF-8 bytes of {@code text}. */
    public static String md5Hex(String text) {
        return HEX.formatHex(digest("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private byte[] tag(byte[] nonce) {
        MessageDigest sha = digest("SHA-256");
        sha.update(key);
        sha.update(nonce, 0, TIME_BYTES + RANDOM_BYTES);
        byte[] tag = new byte[TAG_BYTES];
        System.arraycopy(sha.digest(), 0, tag, 0, TAG_BYTES);
        return tag;
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }
}
