package org.xueliang.sip.message;

/**
 * A MANSCDP body that cannot be read: not well-formed, refused (DTD), or missing or malformed
 * fields. The message names the part and the offending value; answer the request with 400.
 */
public final class ManscdpParseException extends RuntimeException {
    public ManscdpParseException(String message) {
        super(message);
    }
}
