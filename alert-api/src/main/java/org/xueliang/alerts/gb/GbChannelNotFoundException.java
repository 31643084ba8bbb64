package org.xueliang.alerts.gb;

/** The stored catalog of a device has no channel with this ID. */
public final class GbChannelNotFoundException extends RuntimeException {
    public GbChannelNotFoundException(String deviceId, String channelId) {
        super("device \"" + deviceId + "\" has no channel \"" + channelId + "\" in its catalog");
    }
}
