package org.xueliang.sip.device;

import java.util.List;

/**
 * The outcome of a keepalive.
 *
 * @param registered false when the device has no live registration (unknown, expired or
 *                   de-registered): answer with an error so that it registers again
 * @param events     state changes the keepalive caused (came back, address changed)
 */
public record KeepaliveResult(boolean registered, List<DeviceEvent> events) {
    public KeepaliveResult {
        events = List.copyOf(events);
    }
}
