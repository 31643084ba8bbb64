package org.xueliang.simulator.device;

import java.util.List;

/** A device's 20-digit ID and its channels. */
public record DeviceIdentity(String deviceId, List<Channel> channels) {

    public DeviceIdentity {
        channels = List.copyOf(channels);
    }

    /** Whether {@code id} names this device or one of its channels. */
    public boolean owns(String id) {
        return deviceId.equals(id) || channels.stream().anyMatch(c -> c.id().equals(id));
    }
}
