package org.xueliang.sip.message;

import java.time.LocalDateTime;

/**
 * {@code <Notify><CmdType>Alarm</CmdType>}: a device raises an alarm. Answer with 200 and an
 * Alarm response ({@link ManscdpWriter#alarmResponse}).
 *
 * @param sn               sequence number
 * @param deviceId         the alarming device or alarm input
 * @param alarmPriority    1 (highest) to 4
 * @param alarmMethod      1 phone, 2 device, 3 SMS, 4 GPS, 5 video, 6 device fault, 7 other
 * @param alarmTime        device local time of the alarm; null when absent or unreadable
 * @param alarmDescription free text, may be null
 * @param longitude        longitude, may be null
 * @param latitude         latitude, may be null
 * @param alarmType        {@code <Info><AlarmType>}, meaning depends on the method; may be null
 */
public record AlarmNotify(long sn, String deviceId, int alarmPriority, int alarmMethod, LocalDateTime alarmTime,
                          String alarmDescription, Double longitude, Double latitude, Integer alarmType)
        implements ManscdpMessage {
    @Override
    public ManscdpRoot root() {
        return ManscdpRoot.NOTIFY;
    }

    @Override
    public String cmdType() {
        return "Alarm";
    }
}
