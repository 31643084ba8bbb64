package org.xueliang.sip.message;

/**
 * {@code <Control><CmdType>DeviceControl</CmdType>} with a {@code <PTZCmd>}.
 *
 * @param sn       sequence number
 * @param deviceId the channel to move
 * @param ptzCmd   the 8-byte PTZ command as 16 hex digits (see {@code sip.ptz.PtzCommand}); null
 *                 for control commands other than PTZ
 */
public record DeviceControl(long sn, String deviceId, String ptzCmd) implements ManscdpMessage {
    @Override
    public ManscdpRoot root() {
        return ManscdpRoot.CONTROL;
    }

    @Override
    public String cmdType() {
        return "DeviceControl";
    }
}
