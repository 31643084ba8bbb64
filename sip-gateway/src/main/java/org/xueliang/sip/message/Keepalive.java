package org.xueliang.sip.message;

/**
 * {@code <Notify><CmdType>Keepalive</CmdType>}: the device is alive.
 *
 * @param sn       sequence number
 * @param deviceId the device
 * @param status   {@code OK} normally, {@code ERROR} when the device reports a fault
 */
public record Keepalive(long sn, String deviceId, String status) implements ManscdpMessage {
    @Override
    public ManscdpRoot root() {
        return ManscdpRoot.NOTIFY;
    }

    @Override
    public String cmdType() {
        return "Keepalive";
    }
}
