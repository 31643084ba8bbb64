package org.xueliang.ingest;

/**
 * A camera channel of a GB/T 28181 device, pulled by INVITE through the SIP gateway; the video
 * arrives as MPEG-PS over RTP.
 *
 * @param deviceId  20-digit ID of the registered device (camera or NVR)
 * @param channelId 20-digit ID of the channel in the device's catalog (equal to deviceId for a lone camera)
 * @param transport how the device sends RTP
 */
public record Gb28181SourceConfig(String deviceId, String channelId, MediaTransport transport)
        implements SourceConfig {
    @Override
    public String describe() {
        return "gb28181 " + deviceId + "/" + channelId + " over " + transport;
    }
}
