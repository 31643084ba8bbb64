package org.xueliang.sip.register;

/** An {@code Authorization} header that is not a readable Digest credential; answer 400. */
public final class DigestParseException extends RuntimeException {
    public DigestParseException(String message) {
        super("Authorization: " + message);
    }
}
