package org.xueliang.alerts.gb;

import java.util.concurrent.CompletableFuture;

/**
 * What the API asks of GB28181 devices, declared here by its consumer and implemented by the
 * server with the SIP gateway. Every method returns at once and never blocks: the answer comes
 * through the future, completed on a gateway thread.
 *
 * <p>Futures fail with {@link GbDeviceNotFoundException} for a device that never registered,
 * {@link GbDeviceOfflineException} for one that is offline, {@link GbDeviceTimeoutException}
 * when the device did not answer within the gateway's own timeout (every future must complete),
 * and {@link GbGatewayException} for any other refusal.
 */
public interface GbGateway {
    /**
     * Sends a Catalog query. Completes once the device accepted it; the items arrive later, over
     * several MESSAGEs, and the gateway stores them with {@link GbDeviceStore#replaceChannels}.
     */
    CompletableFuture<Void> refreshCatalog(String deviceId);

    /** Sends a DeviceInfo query and completes with the answer. */
    CompletableFuture<GbDeviceInfo> deviceInfo(String deviceId);

    /** Sends a DeviceStatus query and completes with the answer. */
    CompletableFuture<GbDeviceStatus> deviceStatus(String deviceId);

    /** Sends a PTZ DeviceControl to a channel; completes once the device accepted it. */
    CompletableFuture<Void> ptz(String deviceId, String channelId, PtzRequest request);

    /** The gateway of a server running without SIP: every request fails with {@link GbGatewayDisabledException}. */
    static GbGateway disabled() {
        return DisabledGbGateway.INSTANCE;
    }
}
