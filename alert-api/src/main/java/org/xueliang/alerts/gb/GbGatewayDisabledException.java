package org.xueliang.alerts.gb;

/** The server runs without the SIP gateway, so devices cannot be asked anything. */
public final class GbGatewayDisabledException extends GbGatewayException {
    public GbGatewayDisabledException() {
        super("the GB28181 gateway is not enabled (sip.enabled: false)");
    }
}
