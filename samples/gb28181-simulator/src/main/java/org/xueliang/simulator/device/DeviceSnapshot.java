package org.xueliang.simulator.device;

import java.time.Instant;
import java.util.List;
import org.xueliang.simulator.media.StreamSnapshot;
import org.xueliang.simulator.sip.Transport;

/** A device's state as {@code GET /status} reports it; instants are null until they happen. */
public record DeviceSnapshot(String deviceId, Transport transport, String localAddress, boolean registered,
                             Instant registeredAt, Instant expiresAt, Instant lastKeepalive, long keepalivesSent,
                             int keepaliveFailures, String lastError, List<Channel> channels,
                             List<StreamSnapshot> streams, long alarmsSent, long alarmAcks, String lastPtzCmd) {

    public DeviceSnapshot {
        channels = List.copyOf(channels);
        streams = List.copyOf(streams);
    }
}
