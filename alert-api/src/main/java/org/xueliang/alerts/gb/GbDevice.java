package org.xueliang.alerts.gb;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A registered GB28181 device (camera, NVR, alarm host) as stored. Times are kept to the
 * microsecond, like alerts, so that a device read back equals the one written.
 *
 * @param deviceId      20-digit device ID
 * @param name          DeviceName from its DeviceInfo answer, null until known
 * @param manufacturer  from DeviceInfo, null until known
 * @param model         from DeviceInfo, null until known
 * @param firmware      from DeviceInfo, null until known
 * @param transport     the SIP transport of its last registration
 * @param remoteAddress {@code host:port} its packets last came from
 * @param gbVersion     {@code 2.0} (2016) or {@code 3.0} (2022) as sent in {@code X-GB-Ver}, null when not sent
 * @param online        whether it currently counts as online
 * @param lastKeepalive when its last keepalive arrived, null before the first
 * @param registeredAt  when its last registration was accepted
 * @param expiresAt     when that registration lapses unless refreshed
 * @param updatedAt     when this row last changed
 */
public record GbDevice(String deviceId, String name, String manufacturer, String model, String firmware,
                       SipTransport transport, String remoteAddress, String gbVersion, boolean online,
                       Instant lastKeepalive, Instant registeredAt, Instant expiresAt, Instant updatedAt) {
    public GbDevice {
        GbIds.require("deviceId", deviceId);
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
        lastKeepalive = lastKeepalive == null ? null : lastKeepalive.truncatedTo(ChronoUnit.MICROS);
        registeredAt = Objects.requireNonNull(registeredAt, "registeredAt").truncatedTo(ChronoUnit.MICROS);
        expiresAt = Objects.requireNonNull(expiresAt, "expiresAt").truncatedTo(ChronoUnit.MICROS);
        updatedAt = Objects.requireNonNull(updatedAt, "updatedAt").truncatedTo(ChronoUnit.MICROS);
    }
}
