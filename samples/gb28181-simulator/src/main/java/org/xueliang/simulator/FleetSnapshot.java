package org.xueliang.simulator;

import java.util.List;
import org.xueliang.simulator.device.DeviceSnapshot;

/** The fleet as {@code GET /status} reports it; {@code devices} is empty for a summary. */
public record FleetSnapshot(int total, int registered, double registrationsPerSecond, long keepalivesAnswered,
                            int transactionsInFlight, List<DeviceSnapshot> devices) {

    public FleetSnapshot {
        devices = List.copyOf(devices);
    }
}
