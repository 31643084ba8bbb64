package org.xueliang.sip.message;

import java.time.LocalDateTime;

/**
 * {@code <Query><CmdType>Alarm</CmdType>}: the body of an alarm subscription (SUBSCRIBE with
 * {@code Event: presence}) or an alarm query.
 *
 * @param sn                 sequence number
 * @param deviceId           the device
 * @param startAlarmPriority lowest priority wanted (1 to 4, 0 for all)
 * @param endAlarmPriority   highest priority wanted (1 to 4, 0 for all)
 * @param alarmMethod        methods wanted, {@code 0} for all
 * @param startAlarmTime     start of the period, may be null
 * @param endAlarmTime       end of the period, may be null
 */
public record AlarmQuery(long sn, String deviceId, int startAlarmPriority, int endAlarmPriority, String alarmMethod,
                         LocalDateTime startAlarmTime, LocalDateTime endAlarmTime) implements ManscdpMessage {
    @Override
    public ManscdpRoot root() {
        return ManscdpRoot.QUERY;
    }

    @Override
    public String cmdType() {
        return "Alarm";
    }
}
