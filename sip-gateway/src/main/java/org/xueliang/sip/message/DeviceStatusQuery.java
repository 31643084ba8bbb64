package org.xueliang.sip.message;

/**
 * {@code <Query><CmdType>DeviceStatus</CmdType>}: asks a device whether it works, records and is armed.
 *
 * @param sn       sequence number
 * @param deviceId the device asked
 */
public record DeviceStatusQuery(long sn, String deviceId) implements ManscdpMessage {
    @Override
    public ManscdpRoot root() {
        return ManscdpRoot.QUERY;
    }

    @Override
    public String cmdType() {
        return "DeviceStatus";
    }
}
