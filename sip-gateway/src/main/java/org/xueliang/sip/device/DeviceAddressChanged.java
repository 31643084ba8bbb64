package org.xueliang.sip.device;

import java.time.Instant;

/**
 * A device's packets now come from another address or port (NAT rebinding, DHCP, a move to TCP).
 *
 * @param deviceId the device
 * @param at       when the new address was seen
 * @param from     the previous address
 * @param to       the new address, where requests go from now on
 */
public record DeviceAddressChanged(String deviceId, Instant at, DeviceAddress from, DeviceAddress to)
        implements DeviceEvent {
}
