package org.xueliang.sip.gateway;

import java.util.Objects;
import org.xueliang.sip.device.DeviceAddress;

/**
 * An INVITE asking a device's channel for video.
 *
 * @param channelId user part of the Request-URI and To: the channel
 * @param address   where the device's packets come from
 * @param subject   the {@code Subject} header value
 * @param sdp       the SDP offer
 */
public record OutgoingInvite(String channelId, DeviceAddress address, String subject, String sdp) {
    public OutgoingInvite {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sdp, "sdp");
    }
}
