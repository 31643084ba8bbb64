package org.xueliang.simulator.sip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Computes HTTP digest credentials for SIP (RFC 2617 section 3.2.2 as used by RFC 3261 section 22.4).
 * Without qop: {@code MD5(HA1:nonce:HA2)}; with qop=auth: {@code MD5(HA1:nonce:nc:cnonce:auth:HA2)},
 * where {@code HA1 = MD5(user:realm:password)} and {@code HA2 = MD5(method:uri)}.
 */
public final class DigestAuth {

    private static final HexFormat HEX = HexFormat.of();

    private DigestAuth() {
    }

    /** The {@code response} value: 32 lower-case hex digits. */
    public static String response(DigestChallenge challenge, String username, String password,
                                  String method, String uri, long nonceCount, String cnonce) {
        String ha1 = md5Hex(username + ":" + challenge.realm() + ":" + password);
        String ha2 = md5Hex(method + ":" + uri);
        if (challenge.offersAuth()) {
            return md5Hex(ha1 + ":" + challenge.nonce() + ":" + nc(nonceCount) + ":" + cnonce + ":auth:" + ha2);
        }
        return md5Hex(ha1 + ":" + challenge.nonce() + ":" + ha2);
    }

    /** The whole {@code Authorization} header value answering the challenge. */
    public static String authorization(DigestChallenge challenge, String username, String password,
                                       String method, String uri, long nonceCount, String cnonce) {
        StringBuilder value = new StringBuilder("Digest username=\"").append(username)
                .append("\", realm=\"").append(challenge.realm())
                .append("\", nonce=\"").append(challenge.nonce())
                .append("\", uri=\"").append(uri)
                .append("\", response=\"")
                .append(response(challenge, username, password, method, uri, nonceCount, cnonce))
                .append("\", algorithm=MD5");
        if (challenge.offersAuth()) {
            value.append(", qop=auth, nc=").append(nc(nonceCount)).append(", cnonce=\"").append(cnonce).append('"');
        }
        challenge.opaque().ifPresent(opaque -> value.append(", opaque=\"").append(opaque).append('"'));
        return value.toString();
    }

    /** The nonce count as 8 hex digits, as RFC 2617 requires. */
    static String nc(long nonceCount) {
        return String.format("%08x", nonceCount);
    }

    public static String md5Hex(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HEX.formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide MD5", e);
        }
    }
}
