package org.xueliang.sip.alarm;

import java.time.Instant;

/**
 * An alarm raised by a GB/T 28181 device, ready to become an alert of type {@code DEVICE_ALARM}.
 *
 * @param deviceId    the alarming device or alarm input
 * @param priority    1 (highest) to 4
 * @param methodCode  AlarmMethod as sent (1 to 7 in the standard)
 * @param method      its name: phone, device, SMS, GPS, video, device fault, other
 * @param description AlarmDescription, null when the device sent none
 * @param time        when the alarm happened: the device's AlarmTime in the platform's zone, or
 *                    the time of receipt when the device sent none or an unreadable one
 * @param receivedAt  when the gateway received it
 * @param alarmType   Info/AlarmType, null when absent; its meaning depends on the method
 * @param longitude   longitude, may be null
 * @param latitude    latitude, may be null
 */
public record DeviceAlarm(String deviceId, int priority, int methodCode, String method, String description,
                          Instant time, Instant receivedAt, Integer alarmType, Double longitude, Double latitude) {

    /** A one-line description for the alert, e.g. {@code video alarm, priority 1: 区域入侵}. */
    public String summary() {
        String head = method + " alarm, priority " + priority;
        return description == null ? head : head + ": " + description;
    }
}
