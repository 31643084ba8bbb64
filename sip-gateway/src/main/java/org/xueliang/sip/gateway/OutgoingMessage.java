package org.xueliang.sip.gateway;

import java.util.Objects;
import org.xueliang.sip.device.DeviceAddress;

/**
 * A MESSAGE to a device.
 *
 * @param targetId    user part of the Request-URI and To: the device ID
 * @param address     where the device's packets come from; TCP devices are reached over their connection
 * @param contentType Content-Type, {@code Application/MANSCDP+xml}
 * @param body        the body bytes, already in the device's charset
 */
public record OutgoingMessage(String targetId, DeviceAddress address, String contentType, byte[] body) {
    public OutgoingMessage {
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }
}
