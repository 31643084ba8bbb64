package org.xueliang.sip.gateway;

import java.util.Locale;
import java.util.Map;

/**
 * A final response a device sent to one of the gateway's requests.
 *
 * @param status  status code, 200 or more
 * @param reason  reason phrase
 * @param headers header values by lower-case name
 * @param body    raw body, empty when there is none (the SDP answer of an INVITE)
 */
public record SipResponse(int status, String reason, Map<String, String> headers, byte[] body) {
    public SipResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** True for 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** A header's value, null when absent; the name is case-insensitive. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return status + " " + reason;
    }
}
