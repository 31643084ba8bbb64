package org.xueliang.sip.gateway;

import java.nio.charset.Charset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.sip.device.DeviceRegistry;
import org.xueliang.sip.device.DeviceState;
import org.xueliang.sip.message.DeviceInfoResponse;
import org.xueliang.sip.message.DeviceStatusResponse;
import org.xueliang.sip.message.ManscdpMessage;
import org.xueliang.sip.message.ManscdpWriter;
import org.xueliang.sip.ptz.PtzCommand;

/**
 * The MANSCDP requests the platform sends to devices: Catalog, DeviceInfo and DeviceStatus
 * queries, PTZ control and the Alarm response. Each goes to the address the device's packets last
 * came from, and fails fast for a device that is unknown or offline.
 */
final class DeviceRequests {
    static final String MANSCDP = "Application/MANSCDP+xml";
    private static final Logger LOG = LoggerFactory.getLogger(DeviceRequests.class);

    private final DeviceRegistry registry;
    private final SipClient client;
    private final PendingAnswers pending;
    private final Deadlines deadlines;
    private final Charset charset;
    private final AtomicLong sn = new AtomicLong();

    DeviceRequests(DeviceRegistry registry, SipClient client, PendingAnswers pending, Deadlines deadlines,
                   Charset charset) {
        this.registry = registry;
        this.client = client;
        this.pending = pending;
        this.deadlines = deadlines;
        this.charset = charset;
    }

    CompletableFuture<Void> refreshCatalog(String deviceId) {
        return withDevice(deviceId, device -> {
            long number = sn.incrementAndGet();
            return send(device, ManscdpWriter.catalogQuery(number, deviceId, charset), "Catalog query");
        });
    }

    CompletableFuture<DeviceInfoResponse> deviceInfo(String deviceId) {
        return this.<DeviceInfoResponse>withDevice(deviceId, device -> {
            long number = sn.incrementAndGet();
            return query(device, "DeviceInfo", number, ManscdpWriter.deviceInfoQuery(number, deviceId, charset))
                    .thenApply(answer -> ok(deviceId, "DeviceInfo", ((DeviceInfoResponse) answer).result(),
                            (DeviceInfoResponse) answer));
        });
    }

    CompletableFuture<DeviceStatusResponse> deviceStatus(String deviceId) {
        return this.<DeviceStatusResponse>withDevice(deviceId, device -> {
            long number = sn.incrementAndGet();
            return query(device, "DeviceStatus", number, ManscdpWriter.deviceStatusQuery(number, deviceId, charset))
                    .thenApply(answer -> ok(deviceId, "DeviceStatus", ((DeviceStatusResponse) answer).result(),
                            (DeviceStatusResponse) answer));
        });
    }

    /** Sends a DeviceControl with the PTZ command to the channel; completes when the device accepted the MESSAGE. */
    CompletableFuture<Void> ptz(String deviceId, String channelId, PtzCommand command) {
        return withDevice(deviceId, device -> send(device,
                ManscdpWriter.ptzControl(sn.incrementAndGet(), channelId, command.toHex(), charset), "PTZ control"));
    }

    /** The platform's Alarm response; a failure is only logged, the device has its 200 already. */
    void alarmResponse(String deviceId, long alarmSn) {
        withDevice(deviceId, device -> send(device, ManscdpWriter.alarmResponse(alarmSn, deviceId, charset),
                "Alarm response")).whenComplete((ignored, error) -> {
                    if (error != null) {
                        LOG.warn("Alarm response to {} failed: {}", deviceId, Deadlines.unwrap(error).getMessage());
                    }
                });
    }

    /** The device's state for a request: it must have registered and be online. */
    DeviceState target(String deviceId) {
        DeviceState device = registry.find(deviceId).orElseThrow(() -> new DeviceNotRegisteredException(deviceId));
        if (!device.online()) {
            throw new DeviceOfflineException(deviceId, device.offlineReason());
        }
        return device;
    }

    private <T> CompletableFuture<T> withDevice(String deviceId,
                                                java.util.function.Function<DeviceState, CompletableFuture<T>> request) {
        try {
            return request.apply(target(deviceId));
        } catch (GatewayRequestException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<ManscdpMessage> query(DeviceState device, String cmdType, long number, byte[] body) {
        CompletableFuture<ManscdpMessage> answer = pending.expect(device.deviceId(), cmdType, number);
        send(device, body, cmdType + " query").whenComplete((ignored, error) -> {
            if (error != null) {
                answer.completeExceptionally(Deadlines.unwrap(error));
            }
        });
        return answer;
    }

    private CompletableFuture<Void> send(DeviceState device, byte[] body, String what) {
        String deviceId = device.deviceId();
        CompletableFuture<SipResponse> sent = client.message(new OutgoingMessage(deviceId, device.address(), MANSCDP, body));
        return deadlines.within(sent, deviceId, what).thenApply(response -> {
            if (!response.isSuccess()) {
                throw new DeviceRefusedException(deviceId, "device " + deviceId + " answered the " + what + " with "
                        + response.status() + " " + response.reason() + ", expected 2xx");
            }
            return null;
        });
    }

    private static <T> T ok(String deviceId, String cmdType, String result, T answer) {
        if (result != null && result.equalsIgnoreCase("ERROR")) {
            throw new DeviceRefusedException(deviceId, "device " + deviceId + " answered the " + cmdType
                    + " query with Result ERROR");
        }
        return answer;
    }
}
