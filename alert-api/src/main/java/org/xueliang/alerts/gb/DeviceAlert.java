package org.xueliang.alerts.gb;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An event of a GB28181 device that becomes an alert without video: the device went offline or
 * came back, or it raised an alarm (Alarm notify). Submitted to
 * {@code AlertService.submitDeviceAlert}, which stores and publishes it like any alert.
 *
 * @param deviceId    20-digit ID of the device
 * @param channelId   20-digit ID of the channel or alarm input concerned, or null for the device itself
 * @param type        one of {@link #TYPES}
 * @param eventTime   when it happened: AlarmTime for alarms, when it was noticed for presence changes
 * @param description free text (AlarmDescription, or why the device counts as offline), may be null
 * @param priority    AlarmPriority, 1 (highest) to 4, or null
 */
public record DeviceAlert(String deviceId, String channelId, String type, Instant eventTime, String description,
                          Integer priority) {
    public static final String DEVICE_OFFLINE = "DEVICE_OFFLINE";
    public static final String DEVICE_ONLINE = "DEVICE_ONLINE";
    public static final String DEVICE_ALARM = "DEVICE_ALARM";
    public static final List<String> TYPES = List.of(DEVICE_OFFLINE, DEVICE_ONLINE, DEVICE_ALARM);
    /** The rule ID of every device alert: they come from the GB28181 gateway, not from an analytics rule. */
    public static final String RULE_ID = "gb28181";

    public DeviceAlert {
        GbIds.require("deviceId", deviceId);
        if (channelId != null) {
            GbIds.require("channelId", channelId);
        }
        Objects.requireNonNull(type, "type");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("device alert type must be one of " + String.join(", ", TYPES)
                    + ", got \"" + type + "\"");
        }
        Objects.requireNonNull(eventTime, "eventTime");
    }

    /** The ID the alert is filed under: the channel's when given, else the device's. */
    public String sourceId() {
        return channelId == null ? deviceId : channelId;
    }
}
