package org.xueliang.alerts.gb;

import java.time.Duration;

/** The device did not answer a request in time. */
public final class GbDeviceTimeoutException extends GbGatewayException {
    /**
     * @param request what was asked, for example {@code DeviceInfo query}
     * @param waited  how long the gateway waited
     */
    public GbDeviceTimeoutException(String deviceId, String request, Duration waited) {
        super("device \"" + deviceId + "\" did not answer the " + request + " within " + waited.toMillis() + " ms");
    }
}
