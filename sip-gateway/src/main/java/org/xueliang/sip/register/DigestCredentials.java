package org.xueliang.sip.register;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of an {@code Authorization: Digest ...} header (RFC 2617 section 3.2.2).
 *
 * @param username  the device ID
 * @param realm     the realm the device answered, our SIP domain
 * @param nonce     the nonce it answers
 * @param uri       the digest-uri, usually {@code sip:<platform id>@<domain>}
 * @param response  32 hex digits
 * @param algorithm {@code MD5} or null (meaning MD5)
 * @param qop       {@code auth} or null for the RFC 2069 form
 * @param nc        nonce count (8 hex digits) when qop is present
 * @param cnonce    client nonce when qop is present
 * @param opaque    opaque value echoed, may be null
 */
public record DigestCredentials(String username, String realm, String nonce, String uri, String response,
                                String algorithm, String qop, String nc, String cnonce, String opaque) {

    /**
     * Parses a header value such as {@code Digest username="3402...", realm="3402000000", ...}.
     *
     * @throws DigestParseException when the scheme is not Digest, the syntax is broken, a
     *                              required field is missing, or algorithm/qop are unsupported
     */
    public static DigestCredentials parse(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            throw new DigestParseException("empty");
        }
        String value = headerValue.strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        if (!scheme.equalsIgnoreCase("Digest")) {
            throw new DigestParseException("scheme must be Digest, got \"" + scheme + "\"");
        }
        Map<String, String> params = parameters(value, space + 1);
        DigestCredentials credentials = new DigestCredentials(required(params, "username"), required(params, "realm"),
                required(params, "nonce"), required(params, "uri"), required(params, "response"),
                params.get("algorithm"), params.get("qop"), params.get("nc"), params.get("cnonce"),
                params.get("opaque"));
        credentials.checkSupported();
        return credentials;
    }

    private void checkSupported() {
        if (algorithm != null && !algorithm.equalsIgnoreCase("MD5")) {
            throw new DigestParseException("algorithm must be MD5, got \"" + algorithm + "\"");
        }
        if (qop != null) {
            if (!qop.equalsIgnoreCase("auth")) {
                throw new DigestParseException("qop must be auth, got \"" + qop + "\"");
            }
            if (nc == null || cnonce == null) {
                throw new DigestParseException("qop=auth needs nc and cnonce, got nc=" + nc + ", cnonce=" + cnonce);
            }
        }
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null) {
            throw new DigestParseException(name + " is missing");
        }
        return value;
    }

    /** Comma-separated {@code name=token} or {@code name="quoted string"} pairs; names are case-insensitive. */
    private static Map<String, String> parameters(String text, int from) {
        Map<String, String> params = new HashMap<>();
        int i = from;
        while (i < text.length()) {
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= text.length()) {
                break;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                throw new DigestParseException("expected name=value at position " + (i + 1) + " of \"" + text + "\"");
            }
            String name = text.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            i = eq + 1;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < text.length() && text.charAt(i) == '"') {
                i = quoted(text, i + 1, value, name);
            } else {
                int end = text.indexOf(',', i);
                end = end < 0 ? text.length() : end;
                value.append(text, i, end);
                i = end;
            }
            params.put(name, value.toString().strip());
        }
        return params;
    }

    /** Reads a quoted string after its opening quote, unescaping {@code \"}; returns the index after the closing quote. */
    private static int quoted(String text, int start, StringBuilder value, String name) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                value.append(text.charAt(++i));
            } else if (c == '"') {
                return i + 1;
            } else {
                value.append(c);
            }
        }
        throw new DigestParseException("unterminated quoted value of " + name);
    }

    @Override
    public String toString() {
        // The response is derived from the password: keep it out of logs.
        return "DigestCredentials[username=" + username + ", realm=" + realm + ", nonce=" + nonce + ", uri=" + uri
                + ", algorithm=" + algorithm + ", qop=" + qop + ", nc=" + nc + "]";
    }
}
