package org.xueliang.alerts.gb;

/** No device with this ID is registered (with the gateway) or stored. */
public final class GbDeviceNotFoundException extends RuntimeException {
    private final String deviceId;

    public GbDeviceNotFoundException(String deviceId) {
        super("device \"" + deviceId + "\" does not exist");
        this.deviceId = deviceId;
    }

    public String deviceId() {
        return deviceId;
    }
}
