package org.xueliang.server.gb;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.xueliang.alerts.gb.GbDeviceInfo;
import org.xueliang.alerts.gb.GbDeviceNotFoundException;
import org.xueliang.alerts.gb.GbDeviceOfflineException;
import org.xueliang.alerts.gb.GbDeviceStatus;
import org.xueliang.alerts.gb.GbDeviceStore;
import org.xueliang.alerts.gb.GbDeviceTimeoutException;
import org.xueliang.alerts.gb.GbGateway;
import org.xueliang.alerts.gb.GbGatewayException;
import org.xueliang.alerts.gb.PtzRequest;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.sip.gateway.DeviceNotRegisteredException;
import org.xueliang.sip.gateway.DeviceOfflineException;
import org.xueliang.sip.gateway.DeviceTimeoutException;
import org.xueliang.sip.gateway.GbGatewayCore;
import org.xueliang.sip.gateway.GatewayRequestException;
import org.xueliang.sip.message.DeviceInfoResponse;
import org.xueliang.sip.message.DeviceStatusResponse;

/**
 * The API's {@link GbGateway} over the gateway core, translating the core's failures into the
 * API's: a device the gateway has not seen since it started is offline if the store knows it,
 * unknown otherwise.
 */
final class GbGatewayAdapter implements GbGateway {
    private final GbGatewayCore core;
    private final GbDeviceStore store;
    private final StoreExecutor storeExecutor;

    GbGatewayAdapter(GbGatewayCore core, GbDeviceStore store, StoreExecutor storeExecutor) {
        this.core = core;
        this.store = store;
        this.storeExecutor = storeExecutor;
    }

    @Override
    public CompletableFuture<Void> refreshCatalog(String deviceId) {
        return translated(deviceId, core.refreshCatalog(deviceId), Function.identity());
    }

    @Override
    public CompletableFuture<GbDeviceInfo> deviceInfo(String deviceId) {
        return translated(deviceId, core.deviceInfo(deviceId), GbGatewayAdapter::info);
    }

    @Override
    public CompletableFuture<GbDeviceStatus> deviceStatus(String deviceId) {
        return translated(deviceId, core.deviceStatus(deviceId), GbGatewayAdapter::status);
    }

    @Override
    public CompletableFuture<Void> ptz(String deviceId, String channelId, PtzRequest request) {
        return translated(deviceId, core.ptz(deviceId, channelId, PtzCommands.of(request)), Function.identity());
    }

    static GbDeviceInfo info(DeviceInfoResponse info) {
        return new GbDeviceInfo(info.deviceId(), info.deviceName(), info.manufacturer(), info.model(), info.firmware(),
                info.channel());
    }

    static GbDeviceStatus status(DeviceStatusResponse status) {
        return new GbDeviceStatus(status.deviceId(), status.isOnline(), "OK".equalsIgnoreCase(status.status()), null,
                null, status.record() == null ? null : "ON".equalsIgnoreCase(status.record()), null,
                status.alarmStatus().stream().filter(input -> input.deviceId() != null && input.dutyStatus() != null)
                        .map(input -> new GbDeviceStatus.AlarmInput(input.deviceId(), input.dutyStatus())).toList());
    }

    private <T, R> CompletableFuture<R> translated(String deviceId, CompletableFuture<T> request, Function<T, R> map) {
        return request.thenApply(map).exceptionallyCompose(error -> {
            Throwable cause = unwrap(error);
            if (cause instanceof DeviceNotRegisteredException) {
                // seen before a restart (offline until it registers again) or never seen at all
                return storeExecutor.submit(() -> store.find(deviceId)).thenApply(stored -> {
                    throw stored.isPresent() ? new GbDeviceOfflineException(deviceId)
                            : new GbDeviceNotFoundException(deviceId);
                });
            }
            return CompletableFuture.failedFuture(apiFailure(deviceId, cause));
        });
    }

    static RuntimeException apiFailure(String deviceId, Throwable cause) {
        if (cause instanceof DeviceOfflineException) {
            return new GbDeviceOfflineException(deviceId);
        }
        if (cause instanceof DeviceTimeoutException timeout) {
            return new GbDeviceTimeoutException(deviceId, timeout.request(), timeout.waited());
        }
        if (cause instanceof GatewayRequestException || cause instanceof IllegalArgumentException) {
            return new GbGatewayException(cause.getMessage(), cause);
        }
        return new GbGatewayException("request to device " + deviceId + " failed: " + cause, cause);
    }

    static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
