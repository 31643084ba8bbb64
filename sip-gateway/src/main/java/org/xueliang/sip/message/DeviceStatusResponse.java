package org.xueliang.sip.message;

import java.util.List;

/**
 * {@code <Response><CmdType>DeviceStatus</CmdType>}. Values are kept as sent; absent ones are null.
 *
 * @param sn          sequence number of the query answered
 * @param deviceId    the device
 * @param result      {@code OK} or {@code ERROR}
 * @param online      {@code ONLINE} or {@code OFFLINE}
 * @param status      {@code OK} or {@code ERROR}: whether the device works
 * @param record      {@code ON} or {@code OFF}: whether it records
 * @param alarmStatus duty status of each alarm input ({@code <Alarmstatus>})
 */
public record DeviceStatusResponse(long sn, String deviceId, String result, String online, String status,
                                   String record, List<AlarmInputStatus> alarmStatus) implements ManscdpMessage {

    public DeviceStatusResponse {
        alarmStatus = List.copyOf(alarmStatus);
    }

    /** True when the device says it is online. */
    public boolean isOnline() {
        return "ONLINE".equalsIgnoreCase(online);
    }

    @Override
    public ManscdpRoot root() {
        return ManscdpRoot.RESPONSE;
    }

    @Override
    public String cmdType() {
        return "DeviceStatus";
    }
}
