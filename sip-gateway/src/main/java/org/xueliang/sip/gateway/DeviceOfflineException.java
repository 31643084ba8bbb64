package org.xueliang.sip.gateway;

/** The device is known but offline, so it cannot be asked anything. */
public final class DeviceOfflineException extends GatewayRequestException {
    public DeviceOfflineException(String deviceId, String reason) {
        super(deviceId, "device " + deviceId + " is offline (" + reason + ")");
    }
}
