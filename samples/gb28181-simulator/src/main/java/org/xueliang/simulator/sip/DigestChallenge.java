package org.xueliang.simulator.sip;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code WWW-Authenticate: Digest ...} challenge (RFC 2617 section 3.2.1).
 * {@code qop} holds the offered options, empty when the server offers none (RFC 2069 style).
 */
public record DigestChallenge(String realm, String nonce, String algorithm, List<String> qop,
                              Optional<String> opaque) {

    public DigestChallenge {
        qop = List.copyOf(qop);
    }

    /** Parses the header value; the scheme must be Digest and realm and nonce present. */
    public static DigestChallenge parse(String headerValue) {
        String text = headerValue.strip();
        int space = text.indexOf(' ');
        String scheme = space < 0 ? text : text.substring(0, space);
        if (!scheme.equalsIgnoreCase("Digest")) {
            throw new SipProtocolException("authentication scheme must be Digest, got '" + scheme + "'");
        }
        Map<String, String> params = parseParams(text.substring(space + 1));
        String realm = require(params, "realm", headerValue);
        String nonce = require(params, "nonce", headerValue);
        String algorithm = params.getOrDefault("algorithm", "MD5");
        if (!algorithm.equalsIgnoreCase("MD5")) {
            throw new SipProtocolException("digest algorithm must be MD5, got '" + algorithm + "'");
        }
        List<String> qop = params.containsKey("qop")
                ? Arrays.stream(params.get("qop").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
        return new DigestChallenge(realm, nonce, algorithm, qop, Optional.ofNullable(params.get("opaque")));
    }

    /** Whether {@code qop=auth} is offered, which changes the response formula. */
    public boolean offersAuth() {
        return qop.stream().anyMatch(q -> q.equalsIgnoreCase("auth"));
    }

    private static String require(Map<String, String> params, String name, String headerValue) {
        String value = params.get(name);
        if (value == null) {
            throw new SipProtocolException("digest challenge has no " + name + ": '" + headerValue + "'");
        }
        return value;
    }

    /** Splits {@code a="x, y", b=z} at commas outside quotes. */
    static Map<String, String> parseParams(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                addParam(params, current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return params;
    }

    private static void addParam(Map<String, String> params, String item) {
        int eq = item.indexOf('=');
        if (eq > 0) {
            String name = item.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            params.put(name, SipAddress.unquote(item.substring(eq + 1).strip()));
        }
    }
}
