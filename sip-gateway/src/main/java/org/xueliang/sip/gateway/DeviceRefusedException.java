package org.xueliang.sip.gateway;

/** The device refused a request (a non-2xx answer, an ERROR result or an unusable SDP answer). */
public final class DeviceRefusedException extends GatewayRequestException {
    public DeviceRefusedException(String deviceId, String message, Throwable cause) {
        super(deviceId, message, cause);
    }

    public DeviceRefusedException(String deviceId, String message) {
        super(deviceId, message);
    }
}
