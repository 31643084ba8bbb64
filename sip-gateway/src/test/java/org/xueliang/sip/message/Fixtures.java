package org.xueliang.sip.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the MANSCDP fixtures under {@code src/test/resources/org/xueliang/sip/message/}. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The raw bytes of a fixture, e.g. {@code "catalog-3-packets/1.xml"}. */
    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/org/xueliang/sip/message/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
