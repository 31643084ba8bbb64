package org.xueliang.simulator.sip;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A From/To/Contact value: {@code "name" <sip:user@host:port;uri-params>;header-params}
 * or the bare {@code sip:user@host;header-params} form. Without angle brackets the parameters
 * after the URI belong to the header (RFC 3261 section 20.10).
 */
public record SipAddress(String uri, String user, String host, int port, Map<String, String> params) {

    public SipAddress {
        params = Map.copyOf(params);
    }

    /** Parses a name-addr or addr-spec. */
    public static SipAddress parse(String value) {
        String text = value.strip();
        String uri;
        String rest;
        int open = text.indexOf('<');
        if (open >= 0) {
            int close = text.indexOf('>', open);
            if (close < 0) {
                throw new SipProtocolException("address has '<' without '>': '" + value + "'");
            }
            uri = text.substring(open + 1, close).strip();
            rest = text.substring(close + 1);
        } else {
            int semicolon = text.indexOf(';');
            uri = semicolon < 0 ? text : text.substring(0, semicolon);
            rest = semicolon < 0 ? "" : text.substring(semicolon);
        }
        return fromUri(uri, parseParams(rest));
    }

    private static SipAddress fromUri(String uri, Map<String, String> params) {
        String lower = uri.toLowerCase(Locale.ROOT);
        int schemeEnd = lower.startsWith("sip:") ? 4 : lower.startsWith("sips:") ? 5 : -1;
        if (schemeEnd < 0) {
            throw new SipProtocolException("URI must start with sip: or sips:, got '" + uri + "'");
        }
        String hostPart = uri.substring(schemeEnd);
        int paramStart = hostPart.indexOf(';');
        if (paramStart >= 0) {
            hostPart = hostPart.substring(0, paramStart);
        }
        String user = "";
        int at = hostPart.lastIndexOf('@');
        if (at >= 0) {
            user = hostPart.substring(0, at);
            hostPart = hostPart.substring(at + 1);
        }
        int colon = hostPart.lastIndexOf(':');
        int port = -1;
        if (colon >= 0 && !hostPart.endsWith("]")) {
            port = parsePort(hostPart.substring(colon + 1), uri);
            hostPart = hostPart.substring(0, colon);
        }
        return new SipAddress(uri, user, hostPart, port, params);
    }

    private static int parsePort(String text, String uri) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new SipProtocolException("port in URI '" + uri + "' is not a number: '" + text + "'");
        }
    }

    /** Parses {@code ;a=b;c} into an ordered map; names are lower-cased, flags map to "". */
    public static Map<String, String> parseParams(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            String name = (eq < 0 ? item : item.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            String val = eq < 0 ? "" : unquote(item.substring(eq + 1).strip());
            params.put(name, val);
        }
        return params;
    }

    static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }

    public Optional<String> tag() {
        return Optional.ofNullable(params.get("tag"));
    }
}
