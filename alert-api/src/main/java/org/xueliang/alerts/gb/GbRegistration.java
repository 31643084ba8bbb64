package org.xueliang.alerts.gb;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A successful REGISTER (or refresh) of a device, as the SIP gateway saw it.
 *
 * @param deviceId      20-digit device ID
 * @param transport     the SIP transport it registered over
 * @param remoteAddress {@code host:port} its packets came from (not its Contact)
 * @param gbVersion     the {@code X-GB-Ver} it sent ({@code 2.0} for 2016, {@code 3.0} for 2022), or null
 * @param registeredAt  when the registration was accepted
 * @param expiresAt     when it lapses unless refreshed
 */
public record GbRegistration(String deviceId, SipTransport transport, String remoteAddress, String gbVersion,
                             Instant registeredAt, Instant expiresAt) {
    public GbRegistration {
        GbIds.require("deviceId", deviceId);
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        // the precision both databases keep, so that the device read back has the same times
        registeredAt = Objects.requireNonNull(registeredAt, "registeredAt").truncatedTo(ChronoUnit.MICROS);
        expiresAt = Objects.requireNonNull(expiresAt, "expiresAt").truncatedTo(ChronoUnit.MICROS);
        if (expiresAt.isBefore(registeredAt)) {
            throw new IllegalArgumentException("registration of " + deviceId + " expires at " + expiresAt
                    + ", before it was accepted at " + registeredAt);
        }
    }
}
