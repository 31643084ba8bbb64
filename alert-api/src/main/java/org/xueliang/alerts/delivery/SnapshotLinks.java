package org.xueliang.alerts.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * Links to alert snapshots that work without a bearer token, for people who open them from a
 * phone's group chat: {@code <publicUrl>/snapshots/<alert id>?expires=<unix seconds>&sig=<hex>},
 * where {@code sig} is the HMAC-SHA256 of {@code "<alert id>\n<expires>"} under a server key. A
 * link opens one snapshot until it expires and cannot be turned into another.
 */
public final class SnapshotLinks {
    /** The path under which the server answers signed links. */
    public static final String PATH = "/snapshots/";
    /** How long a link works: long enough for the follow-up of an incident. */
    public static final Duration LIFETIME = Duration.ofDays(7);

    private final String publicUrl;
    private final byte[] key;

    /**
     * @param publicUrl the server's base URL as receivers reach it, without a trailing slash; empty
     *                  when unknown, and then no links are made
     * @param key       the signing key
     */
    public SnapshotLinks(String publicUrl, byte[] key) {
        this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl").replaceAll("/+$", "");
        this.key = key.clone();
    }

    /**
     * A signing key derived from a server secret (the API token), so that no extra secret needs
     * configuring; changing the token invalidates the links given out.
     */
    public static byte[] keyFrom(String serverSecret) {
        return Hmac.sha256(serverSecret, "xueliang snapshot links");
    }

    /** Links that are never made, for tests and tools. */
    public static SnapshotLinks none() {
        return new SnapshotLinks("", new byte[32]);
    }

    /** The link for an alert's snapshot, made at {@code now}; empty without a public URL. */
    public Optional<String> link(String alertId, Instant now) {
        if (publicUrl.isEmpty()) {
            return Optional.empty();
        }
        long expires = now.plus(LIFETIME).getEpochSecond();
        return Optional.of(publicUrl + PATH + alertId + "?expires=" + expires + "&sig=" + signature(alertId, expires));
    }

    /** Whether {@code sig} signs this alert and expiry, and the expiry has not passed at {@code now}. */
    public boolean verify(String alertId, long expires, String sig, Instant now) {
        if (sig == null || now.getEpochSecond() > expires) {
            return false;
        }
        byte[] expected = signature(alertId, expires).getBytes(StandardCharsets.US_ASCII);
        // constant time, so that a forger learns nothing from how long a refusal takes
        return MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String alertId, long expires) {
        return HexFormat.of().formatHex(Hmac.sha256(key, alertId + "\n" + expires));
    }
}
