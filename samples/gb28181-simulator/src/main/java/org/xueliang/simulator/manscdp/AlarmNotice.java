package org.xueliang.simulator.manscdp;

import java.time.LocalDateTime;

/**
 * An Alarm notify. Priority 1 (highest) to 4; method 1 phone, 2 device, 3 SMS, 4 GPS, 5 video,
 * 6 device fault, 7 other; {@code alarmType} refines the method (e.g. 2 for video motion).
 */
public record AlarmNotice(String deviceId, int priority, int method, int alarmType, LocalDateTime time,
                          String description, double longitude, double latitude) {

    public AlarmNotice {
        if (priority < 1 || priority > 4) {
            throw new IllegalArgumentException("AlarmPriority must be 1..4, got " + priority);
        }
        if (method < 1 || method > 7) {
            throw new IllegalArgumentException("AlarmMethod must be 1..7, got " + method);
        }
    }
}
