package org.xueliang.sip.alarm;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.xueliang.sip.message.AlarmNotify;

/** Turns a device's Alarm notify into a {@link DeviceAlarm}. Pure apart from the injected clock. */
public final class AlarmMapper {
    private static final List<String> METHODS =
            List.of("phone", "device", "SMS", "GPS", "video", "device fault", "other");

    private final Clock clock;

    /**
     * @param clock time of receipt; its zone is the zone device AlarmTimes are read in (devices send local time)
     */
    public AlarmMapper(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The alarm of a notify. */
    public DeviceAlarm toDeviceAlarm(AlarmNotify notify) {
        Instant receivedAt = clock.instant();
        Instant time = notify.alarmTime() == null ? receivedAt : notify.alarmTime().atZone(clock.getZone()).toInstant();
        return new DeviceAlarm(notify.deviceId(), notify.alarmPriority(), notify.alarmMethod(),
                methodName(notify.alarmMethod()), notify.alarmDescription(), time, receivedAt, notify.alarmType(),
                notify.longitude(), notify.latitude());
    }

    /** The name of an AlarmMethod code; {@code unknown (n)} for codes outside the standard's 1 to 7. */
    public static String methodName(int code) {
        return code >= 1 && code <= METHODS.size() ? METHODS.get(code - 1) : "unknown (" + code + ")";
    }
}
