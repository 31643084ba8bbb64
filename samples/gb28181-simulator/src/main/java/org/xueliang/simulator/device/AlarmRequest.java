package org.xueliang.simulator.device;

/**
 * An alarm to raise from a device or one of its channels ({@code sourceId}); priority 1-4,
 * method 1-7 and alarm type as in the MANSCDP Alarm notify.
 */
public record AlarmRequest(String sourceId, int priority, int method, int alarmType, String description) {

    public AlarmRequest {
        if (priority < 1 || priority > 4) {
            throw new IllegalArgumentException("alarm priority must be 1..4, got " + priority);
        }
        if (method < 1 || method > 7) {
            throw new IllegalArgumentException("alarm method must be 1..7, got " + method);
        }
    }
}
