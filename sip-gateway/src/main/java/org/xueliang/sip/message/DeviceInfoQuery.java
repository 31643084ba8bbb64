package org.xueliang.sip.message;

/**
 * {@code <Query><CmdType>DeviceInfo</CmdType>}: asks a device for its name, model and firmware.
 *
 * @param sn       sequence number
 * @param deviceId the device asked
 */
public record DeviceInfoQuery(long sn, String deviceId) implements ManscdpMessage {
    @Override
    public ManscdpRoot root() {
        return ManscdpRoot.QUERY;
    }

    @Override
    public String cmdType() {
        return "DeviceInfo";
    }
}
