package org.xueliang.sip.message;

/**
 * {@code <Query><CmdType>MobilePosition</CmdType>}: the body of a position subscription.
 *
 * @param sn       sequence number
 * @param deviceId the device
 * @param interval seconds between position notifications, null for the device's default
 */
public record MobilePositionQuery(long sn, String deviceId, Integer interval) implements ManscdpMessage {
    @Override
    public ManscdpRoot root() {
        return ManscdpRoot.QUERY;
    }

    @Override
    public String cmdType() {
        return "MobilePosition";
    }
}
