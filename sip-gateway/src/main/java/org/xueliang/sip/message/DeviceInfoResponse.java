package org.xueliang.sip.message;

/**
 * {@code <Response><CmdType>DeviceInfo</CmdType>}. Absent fields are null; a device that cannot
 * answer sends only {@code <Result>ERROR</Result>}.
 *
 * @param sn           sequence number of the query answered
 * @param deviceId     the device
 * @param result       {@code OK} or {@code ERROR}
 * @param deviceName   name
 * @param manufacturer manufacturer
 * @param model        model
 * @param firmware     firmware version
 * @param channel      number of video channels
 */
public record DeviceInfoResponse(long sn, String deviceId, String result, String deviceName, String manufacturer,
                                 String model, String firmware, Integer channel) implements ManscdpMessage {
    @Override
    public ManscdpRoot root() {
        return ManscdpRoot.RESPONSE;
    }

    @Override
    public String cmdType() {
        return "DeviceInfo";
    }
}
