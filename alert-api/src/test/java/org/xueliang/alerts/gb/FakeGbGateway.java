package org.xueliang.alerts.gb;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A gateway whose devices behave as told. Answers come on another thread, as a real gateway's
 * come on its SIP threads; failures inside them arrive wrapped in CompletionException.
 */
public final class FakeGbGateway implements GbGateway {
    /** How a device reacts to every request. */
    public enum Behaviour { ANSWERS, OFFLINE, SILENT, REFUSES }

    /** Requests in order, such as {@code catalog 34020000001320000001}. */
    public final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Behaviour> devices = new ConcurrentHashMap<>();

    /** Makes a device known; devices never set here are not registered. */
    public void device(String deviceId, Behaviour behaviour) {
        devices.put(deviceId, behaviour);
    }

    /** What an answering device tells about itself. */
    public static GbDeviceInfo info(String deviceId) {
        return new GbDeviceInfo(deviceId, "东门球机", "Hikvision", "DS-2DE4425IW", "V5.5.800", 4);
    }

    /** The status an answering device reports. */
    public static GbDeviceStatus status(String deviceId) {
        return new GbDeviceStatus(deviceId, true, false, "disk full", true, false,
                LocalDateTime.parse("2024-05-01T16:00:01"),
                List.of(new GbDeviceStatus.AlarmInput(deviceId.substring(0, 10) + "1340000001", "ONDUTY")));
    }

    @Override
    public CompletableFuture<Void> refreshCatalog(String deviceId) {
        calls.add("catalog " + deviceId);
        return answer(deviceId, "Catalog query", () -> null);
    }

    @Override
    public CompletableFuture<GbDeviceInfo> deviceInfo(String deviceId) {
        calls.add("info " + deviceId);
        return answer(deviceId, "DeviceInfo query", () -> info(deviceId));
    }

    @Override
    public CompletableFuture<GbDeviceStatus> deviceStatus(String deviceId) {
        calls.add("status " + deviceId);
        return answer(deviceId, "DeviceStatus query", () -> status(deviceId));
    }

    @Override
    public CompletableFuture<Void> ptz(String deviceId, String channelId, PtzRequest request) {
        calls.add("ptz " + deviceId + " " + channelId + " " + request.action() + " speed " + request.speed()
                + " preset " + request.preset());
        return answer(deviceId, "DeviceControl", () -> null);
    }

    private <T> CompletableFuture<T> answer(String deviceId, String request, Supplier<T> answer) {
        Behaviour behaviour = devices.get(deviceId);
        return CompletableFuture.supplyAsync(() -> {
            if (behaviour == null) {
                throw new GbDeviceNotFoundException(deviceId);
            }
            return switch (behaviour) {
                case ANSWERS -> answer.get();
                case OFFLINE -> throw new GbDeviceOfflineException(deviceId);
                case SILENT -> throw new GbDeviceTimeoutException(deviceId, request, Duration.ofSeconds(5));
                case REFUSES -> throw new GbGatewayException("device \"" + deviceId + "\" answered the " + request
                        + " with 488 Not Acceptable Here");
            };
        });
    }
}
