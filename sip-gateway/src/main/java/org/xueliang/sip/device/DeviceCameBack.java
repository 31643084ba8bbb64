package org.xueliang.sip.device;

import java.time.Instant;

/**
 * A device that was offline registered again or sent a keepalive.
 *
 * @param deviceId the device
 * @param at       when it came back
 * @param address  where it is now
 * @param offlineReason why it had been offline
 */
public record DeviceCameBack(String deviceId, Instant at, DeviceAddress address, String offlineReason)
        implements DeviceEvent {
}
