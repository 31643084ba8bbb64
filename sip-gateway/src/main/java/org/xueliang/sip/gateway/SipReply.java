package org.xueliang.sip.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The gateway's answer to a device's request; the transport turns it into a SIP response on the
 * request's own transaction (and so, for TCP devices, on their own connection).
 *
 * @param status      status code
 * @param reason      reason phrase, null for the standard one
 * @param headers     extra headers by name, in order (WWW-Authenticate, Date, Expires, Contact ...)
 * @param contentType Content-Type of the body, null without a body
 * @param body        body bytes, empty for none
 * @param afterSent   run once the response is sent, null for nothing: a request the device must
 *                    receive after this response (the Alarm response follows the 200)
 */
public record SipReply(int status, String reason, Map<String, String> headers, String contentType, byte[] body,
                       Runnable afterSent) {
    public SipReply {
        if (status < 100 || status > 699) {
            throw new IllegalArgumentException("SIP status must be 100 to 699, got " + status);
        }
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body == null ? new byte[0] : body;
        if (body.length > 0) {
            Objects.requireNonNull(contentType, "contentType of a body");
        }
    }

    /** A reply without headers or body. */
    public static SipReply of(int status, String reason) {
        return new SipReply(status, reason, Map.of(), null, null, null);
    }

    /** A reply with extra headers. */
    public static SipReply of(int status, String reason, Map<String, String> headers) {
        return new SipReply(status, reason, headers, null, null, null);
    }

    /** This reply, followed by {@code action} once sent. */
    public SipReply then(Runnable action) {
        return new SipReply(status, reason, headers, contentType, body, action);
    }
}
