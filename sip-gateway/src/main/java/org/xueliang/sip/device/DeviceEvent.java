package org.xueliang.sip.device;

import java.time.Instant;

/**
 * A change of a device's state that the rest of the server acts on: offline and back become
 * alerts ({@code DEVICE_OFFLINE}, {@code DEVICE_ONLINE}), an address change is persisted.
 */
public sealed interface DeviceEvent permits DeviceWentOffline, DeviceCameBack, DeviceAddressChanged {
    /** The device. */
    String deviceId();

    /** When the gateway noticed the change. */
    Instant at();
}
