package org.xueliang.alerts.gb;

/**
 * A request to a device through the SIP gateway failed: the device refused it or answered
 * something unusable. The subclasses name the failures the API answers specially.
 */
public class GbGatewayException extends RuntimeException {
    public GbGatewayException(String message) {
        super(message);
    }

    public GbGatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
