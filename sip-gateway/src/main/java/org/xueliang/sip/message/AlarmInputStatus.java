package org.xueliang.sip.message;

/**
 * An item of {@code <Alarmstatus>} in a DeviceStatus response.
 *
 * @param deviceId   the alarm input
 * @param dutyStatus {@code ONDUTY}, {@code OFFDUTY} or {@code ALARM}
 */
public record AlarmInputStatus(String deviceId, String dutyStatus) {
}
