package org.xueliang.sip.gateway;

/** The device has not registered since the gateway started. */
public final class DeviceNotRegisteredException extends GatewayRequestException {
    public DeviceNotRegisteredException(String deviceId) {
        super(deviceId, "device " + deviceId + " has not registered with this gateway");
    }
}
