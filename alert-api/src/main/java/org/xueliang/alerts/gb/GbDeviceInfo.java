package org.xueliang.alerts.gb;

/**
 * A device's answer to a DeviceInfo query. Fields the device left out are null.
 *
 * @param deviceId     20-digit device ID
 * @param name         DeviceName
 * @param manufacturer Manufacturer
 * @param model        Model
 * @param firmware     Firmware
 * @param channelCount Channel: how many channels the device has
 */
public record GbDeviceInfo(String deviceId, String name, String manufacturer, String model, String firmware,
                           Integer channelCount) {
    public GbDeviceInfo {
        GbIds.require("deviceId", deviceId);
    }
}
