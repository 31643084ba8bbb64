package org.xueliang.sip.gateway;

import java.time.Duration;

/** The device did not answer within the gateway's request timeout. */
public final class DeviceTimeoutException extends GatewayRequestException {
    private final String request;
    private final Duration waited;

    public DeviceTimeoutException(String deviceId, String request, Duration waited) {
        super(deviceId, "device " + deviceId + " did not answer the " + request + " within " + waited.toMillis() + " ms");
        this.request = request;
        this.waited = waited;
    }

    /** What was asked, e.g. {@code DeviceInfo query}. */
    public String request() {
        return request;
    }

    /** How long the gateway waited. */
    public Duration waited() {
        return waited;
    }
}
