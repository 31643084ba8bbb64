package org.xueliang.sip.register;

import java.time.Instant;
import org.xueliang.sip.device.DeviceAddress;
import org.xueliang.sip.message.GbVersion;

/** How to answer a REGISTER; the transport sends the response, the caller updates the registry. */
public sealed interface RegisterDecision {

    /** The SIP status code of the response. */
    int statusCode();

    /**
     * 401 with a {@code WWW-Authenticate} header.
     *
     * @param wwwAuthenticate the header value
     * @param reason          why, for the log: no credentials, nonce expired or unknown
     */
    record Challenge(String wwwAuthenticate, String reason) implements RegisterDecision {
        @Override
        public int statusCode() {
            return 401;
        }
    }

    /**
     * 403: wrong credentials. Not another challenge, so a misconfigured device does not loop.
     *
     * @param reason why, for the log and the reason phrase; never holds a secret
     */
    record Forbidden(String reason) implements RegisterDecision {
        @Override
        public int statusCode() {
            return 403;
        }
    }

    /**
     * 400: the request cannot be read (broken Authorization header, negative Expires).
     *
     * @param reason what is wrong
     */
    record BadRequest(String reason) implements RegisterDecision {
        @Override
        public int statusCode() {
            return 400;
        }
    }

    /**
     * 200 with {@code Date}, {@code Expires} and the request's Contact.
     *
     * @param deviceId  the device
     * @param callId    Call-ID of the registration
     * @param expires   seconds granted, for the Expires header
     * @param expiresAt when the registration runs out
     * @param date      {@code Date} header value, {@code yyyy-MM-ddTHH:mm:ss.SSS} in the platform's time zone
     * @param source    where to reach the device
     * @param version   GB/T 28181 edition
     */
    record Registered(String deviceId, String callId, int expires, Instant expiresAt, String date,
                      DeviceAddress source, GbVersion version) implements RegisterDecision {
        @Override
        public int statusCode() {
            return 200;
        }
    }

    /**
     * 200 with {@code Expires: 0}: the device de-registered.
     *
     * @param deviceId the device
     * @param date     {@code Date} header value
     * @param source   where the request came from
     */
    record Unregistered(String deviceId, String date, DeviceAddress source) implements RegisterDecision {
        @Override
        public int statusCode() {
            return 200;
        }
    }
}
