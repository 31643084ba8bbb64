package org.xueliang.sip.message;

/**
 * A {@code <Response>} that only carries a {@code <Result>}: the answer to a DeviceControl, the
 * platform's answer to an Alarm notify, and similar.
 *
 * @param cmdType  the command answered
 * @param sn       its sequence number
 * @param deviceId the device
 * @param result   {@code OK} or {@code ERROR}
 */
public record GenericResponse(String cmdType, long sn, String deviceId, String result) implements ManscdpMessage {
    @Override
    public ManscdpRoot root() {
        return ManscdpRoot.RESPONSE;
    }

    /** True when the result is {@code OK}. */
    public boolean isOk() {
        return "OK".equalsIgnoreCase(result);
    }
}
