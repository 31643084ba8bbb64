package org.xueliang.simulator.manscdp;

/** What a DeviceInfo response reports about the device. */
public record DeviceInfo(String deviceName, String manufacturer, String model, String firmware, int channels) {
}
