package org.xueliang.sip.gateway;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.xueliang.sip.device.DeviceAddress;

/**
 * A SIP request received from a device, as the transport read it: what the gateway core needs
 * and nothing of the SIP stack.
 *
 * @param method      REGISTER, MESSAGE, BYE ...
 * @param requestUser user part of the Request-URI (the platform ID, or a channel ID)
 * @param fromUser    user part of the From URI: the device ID
 * @param toUser      user part of the To URI
 * @param callId      Call-ID
 * @param cseq        CSeq number
 * @param headers     header values by lower-case name (the first value of repeated headers)
 * @param body        the raw body, empty when there is none
 * @param source      where the packet came from (Via received/rport or the connection's peer), not the Contact
 */
public record SipRequest(String method, String requestUser, String fromUser, String toUser, String callId, long cseq,
                         Map<String, String> headers, byte[] body, DeviceAddress source) {
    public SipRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(source, "source");
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** A header's value, null when absent; the name is case-insensitive. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The Expires header as a number, null when absent or not a number. */
    public Integer expires() {
        String value = header("expires");
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        // headers stay out: Authorization is derived from the password
        return method + " from " + fromUser + " at " + source + " (Call-ID " + callId + ", CSeq " + cseq + ")";
    }
}
