package org.xueliang.sip.gateway;

/** A request the gateway was asked to send to a device could not be carried out. */
public class GatewayRequestException extends RuntimeException {
    private final String deviceId;

    public GatewayRequestException(String deviceId, String message) {
        super(message);
        this.deviceId = deviceId;
    }

    public GatewayRequestException(String deviceId, String message, Throwable cause) {
        super(message, cause);
        this.deviceId = deviceId;
    }

    /** The device concerned. */
    public String deviceId() {
        return deviceId;
    }
}
