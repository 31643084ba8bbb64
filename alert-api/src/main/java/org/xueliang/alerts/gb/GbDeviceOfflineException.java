package org.xueliang.alerts.gb;

/** The device is known but offline (keepalives missed or registration lapsed), so it cannot be asked. */
public final class GbDeviceOfflineException extends GbGatewayException {
    public GbDeviceOfflineException(String deviceId) {
        super("device \"" + deviceId + "\" is offline");
    }
}
