package org.xueliang.sip.message;

/**
 * A well-formed MANSCDP body whose {@code CmdType} the gateway does not handle (for example
 * RecordInfo or MobilePosition notifications). Not an error: answer 200 and ignore.
 *
 * @param root     the root element
 * @param cmdType  the command type as sent
 * @param sn       the SN, -1 when absent or not a number
 * @param deviceId the DeviceID, null when absent
 */
public record UnknownMessage(ManscdpRoot root, String cmdType, long sn, String deviceId)
        implements ManscdpMessage {
}
