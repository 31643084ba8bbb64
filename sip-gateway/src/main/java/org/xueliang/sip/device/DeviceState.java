package org.xueliang.sip.device;

import java.time.Instant;
import org.xueliang.sip.message.GbVersion;

/**
 * What the gateway knows about a device at one moment.
 *
 * @param deviceId      20-digit device ID
 * @param address       where its last packet came from
 * @param version       GB/T 28181 edition it registered with
 * @param registeredAt  time of its last (re-)registration
 * @param expiresAt     when that registration runs out
 * @param lastKeepalive time of its last keepalive, null before the first one
 * @param registered    false once the registration expired or the device de-registered
 * @param online        false while the device is considered offline
 * @param offlineReason why it is offline, null while online
 */
public record DeviceState(String deviceId, DeviceAddress address, GbVersion version, Instant registeredAt,
                          Instant expiresAt, Instant lastKeepalive, boolean registered, boolean online,
                          String offlineReason) {

    /** The last sign of life: the later of registration and keepalive. */
    public Instant lastSeen() {
        return lastKeepalive != null && lastKeepalive.isAfter(registeredAt) ? lastKeepalive : registeredAt;
    }
}
