package org.xueliang.alerts.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, the one MAC of webhook signatures and snapshot links. */
public final class Hmac {
    private static final String ALGORITHM = "HmacSHA256";

    private Hmac() {
    }

    public static byte[] sha256(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    public static byte[] sha256(byte[] key, String data) {
        return sha256(key, data.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] sha256(String key, String data) {
        return sha256(key.getBytes(StandardCharsets.UTF_8), data);
    }
}
