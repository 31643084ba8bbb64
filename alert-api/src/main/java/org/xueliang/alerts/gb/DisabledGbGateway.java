package org.xueliang.alerts.gb;

import java.util.concurrent.CompletableFuture;

/** Stands in for the SIP gateway when it is switched off, so that callers need no null checks. */
final class DisabledGbGateway implements GbGateway {
    static final DisabledGbGateway INSTANCE = new DisabledGbGateway();

    private DisabledGbGateway() {
    }

    @Override
    public CompletableFuture<Void> refreshCatalog(String deviceId) {
        return refused();
    }

    @Override
    public CompletableFuture<GbDeviceInfo> deviceInfo(String deviceId) {
        return refused();
    }

    @Override
    public CompletableFuture<GbDeviceStatus> deviceStatus(String deviceId) {
        return refused();
    }

    @Override
    public CompletableFuture<Void> ptz(String deviceId, String channelId, PtzRequest request) {
        return refused();
    }

    private static <T> CompletableFuture<T> refused() {
        return CompletableFuture.failedFuture(new GbGatewayDisabledException());
    }

    @Override
    public String toString() {
        return "GbGateway.disabled()";
    }
}
