package org.xueliang.alerts.gb;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A device's answer to a DeviceStatus query. Fields the device left out are null.
 *
 * @param deviceId    20-digit device ID
 * @param online      Online: {@code ONLINE} reads as true
 * @param working     Status: {@code OK} reads as true, {@code ERROR} as false
 * @param reason      Reason given with an error status
 * @param encoding    Encode: {@code ON} reads as true
 * @param recording   Record: {@code ON} reads as true
 * @param deviceTime  DeviceTime, the device's local clock (GB28181 times carry no zone)
 * @param alarmInputs Alarmstatus: the duty state of each alarm input
 */
public record GbDeviceStatus(String deviceId, boolean online, boolean working, String reason, Boolean encoding,
                             Boolean recording, LocalDateTime deviceTime, List<AlarmInput> alarmInputs) {
    public GbDeviceStatus {
        GbIds.require("deviceId", deviceId);
        alarmInputs = List.copyOf(alarmInputs);
    }

    /**
     * One alarm input of the device.
     *
     * @param deviceId   20-digit ID of the alarm input
     * @param dutyStatus DutyStatus as sent: {@code ONDUTY}, {@code OFFDUTY} or {@code ALARM}
     */
    public record AlarmInput(String deviceId, String dutyStatus) {
        public AlarmInput {
            Objects.requireNonNull(deviceId, "deviceId");
            Objects.requireNonNull(dutyStatus, "dutyStatus");
        }
    }
}
