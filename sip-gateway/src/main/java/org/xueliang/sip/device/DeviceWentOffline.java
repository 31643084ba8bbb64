package org.xueliang.sip.device;

import java.time.Instant;

/**
 * A device stopped counting as online.
 *
 * @param deviceId the device
 * @param at       when the gateway noticed
 * @param reason   {@code missed 3 keepalives (60s interval)}, {@code registration expired} or {@code unregistered}
 * @param lastSeen its last registration or keepalive
 */
public record DeviceWentOffline(String deviceId, Instant at, String reason, Instant lastSeen) implements DeviceEvent {
}
