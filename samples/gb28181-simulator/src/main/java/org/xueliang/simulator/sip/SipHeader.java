package org.xueliang.simulator.sip;

import java.util.Locale;
import java.util.Map;

/**
 * One SIP header line. The name is stored in its canonical long form so that lookups work
 * whether the peer sent {@code i:} or {@code Call-ID:} (RFC 3261 section 7.3.3 compact forms).
 */
public record SipHeader(String name, String value) {

    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("i", "Call-ID"), Map.entry("call-id", "Call-ID"),
            Map.entry("m", "Contact"), Map.entry("contact", "Contact"),
            Map.entry("e", "Content-Encoding"), Map.entry("content-encoding", "Content-Encoding"),
            Map.entry("l", "Content-Length"), Map.entry("content-length", "Content-Length"),
            Map.entry("c", "Content-Type"), Map.entry("content-type", "Content-Type"),
            Map.entry("f", "From"), Map.entry("from", "From"),
            Map.entry("s", "Subject"), Map.entry("subject", "Subject"),
            Map.entry("k", "Supported"), Map.entry("supported", "Supported"),
            Map.entry("t", "To"), Map.entry("to", "To"),
            Map.entry("v", "Via"), Map.entry("via", "Via"),
            Map.entry("o", "Event"), Map.entry("event", "Event"),
            Map.entry("cseq", "CSeq"),
            Map.entry("www-authenticate", "WWW-Authenticate"),
            Map.entry("authorization", "Authorization"),
            Map.entry("max-forwards", "Max-Forwards"),
            Map.entry("user-agent", "User-Agent"),
            Map.entry("expires", "Expires"),
            Map.entry("date", "Date"),
            Map.entry("x-gb-ver", "X-GB-Ver"));

    public SipHeader {
        name = canonicalName(name);
        value = value.strip();
    }

    /** The canonical spelling of a header name, expanding compact forms. */
    public static String canonicalName(String name) {
        String trimmed = name.strip();
        return CANONICAL.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
    }

    /** Whether this header has the given name, compared case-insensitively after expansion. */
    public boolean is(String otherName) {
        return name.equalsIgnoreCase(canonicalName(otherName));
    }
}
