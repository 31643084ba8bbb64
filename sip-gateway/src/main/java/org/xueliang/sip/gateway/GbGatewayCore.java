package org.xueliang.sip.gateway;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.sip.alarm.AlarmMapper;
import org.xueliang.sip.catalog.CatalogAggregator;
import org.xueliang.sip.catalog.IncompleteCatalog;
import org.xueliang.sip.device.DeviceRegistry;
import org.xueliang.sip.device.DeviceState;
import org.xueliang.sip.invite.MediaTransport;
import org.xueliang.sip.invite.SsrcAllocator;
import org.xueliang.sip.message.DeviceInfoResponse;
import org.xueliang.sip.message.DeviceStatusResponse;
import org.xueliang.sip.ptz.PtzCommand;
import org.xueliang.sip.register.DigestAuth;
import org.xueliang.sip.register.RegisterHandler;

/**
 * The GB/T 28181 gateway without a SIP stack: answers the requests a transport hands it
 * ({@link SipRequestHandler}), sends the platform's own requests through a {@link SipClient},
 * keeps the device registry, sweeps silent devices offline and reports to a
 * {@link GbGatewayListener}. Thread-safe; never blocks.
 */
public final class GbGatewayCore implements SipRequestHandler, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GbGatewayCore.class);
    private static final Duration MIN_SWEEP = Duration.ofMillis(100);
    private static final Duration MAX_SWEEP = Duration.ofSeconds(5);

    private final ScheduledExecutorService scheduler;
    private final Duration sweepInterval;
    private final DeviceRegistry registry;
    private final CatalogAggregator catalogs;
    private final PendingAnswers pending;
    private final GuardedListener listener;
    private final RegisterResponder registers;
    private final MessageResponder messages;
    private final DeviceRequests requests;
    private final LivePlayer player;
    private volatile ScheduledFuture<?> sweeper;

    /**
     * @param settings  identity, passwords and timeouts
     * @param client    sends requests to devices
     * @param listener  told about registrations, presence, catalogs, device info and alarms
     * @param scheduler runs the sweep and the request timeouts
     * @param clock     the time of every registration, keepalive and event
     */
    public GbGatewayCore(GbGatewaySettings settings, SipClient client, GbGatewayListener listener,
                         ScheduledExecutorService scheduler, Clock clock) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.listener = new GuardedListener(Objects.requireNonNull(listener, "listener"));
        this.sweepInterval = sweepInterval(settings.keepalive().interval());
        this.registry = new DeviceRegistry(clock, settings.keepalive());
        this.catalogs = new CatalogAggregator(clock, settings.catalogTimeout());
        Deadlines deadlines = new Deadlines(scheduler, settings.requestTimeout());
        this.pending = new PendingAnswers(deadlines);
        DigestAuth digest = new DigestAuth(settings.domain(), clock, new SecureRandom(), settings.nonceLifetime(), false);
        this.registers = new RegisterResponder(new RegisterHandler(digest, settings.passwords(), clock,
                settings.defaultExpires()), registry, this.listener);
        this.requests = new DeviceRequests(registry, client, pending, deadlines, settings.bodyCharset());
        this.messages = new MessageResponder(registry, this.listener, catalogs, pending,
                new AlarmResponder(new AlarmMapper(clock), this.listener, requests));
        this.player = new LivePlayer(settings.platformId(), requests, client, deadlines,
                new SsrcAllocator(settings.domain()));
    }

    /** Half a keepalive interval, within 100 ms and 5 s: offline is noticed soon after it is due. */
    static Duration sweepInterval(Duration keepaliveInterval) {
        Duration half = keepaliveInterval.dividedBy(2);
        return half.compareTo(MIN_SWEEP) < 0 ? MIN_SWEEP : half.compareTo(MAX_SWEEP) > 0 ? MAX_SWEEP : half;
    }

    /** Starts the periodic sweep that takes silent devices offline. */
    public void start() {
        sweeper = scheduler.scheduleWithFixedDelay(this::sweepSafely, sweepInterval.toMillis(), sweepInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public SipReply handle(SipRequest request) {
        return switch (request.method()) {
            case "REGISTER" -> registers.handle(request);
            case "MESSAGE", "NOTIFY" -> messages.handle(request);
            case "BYE" -> player.bye(request);
            case "OPTIONS" -> SipReply.of(200, "OK", Map.of("Allow", "REGISTER, MESSAGE, NOTIFY, BYE, OPTIONS"));
            default -> SipReply.of(405, "Method Not Allowed", Map.of("Allow", "REGISTER, MESSAGE, NOTIFY, BYE, OPTIONS"));
        };
    }

    /** Takes silent and expired devices offline and drops catalog answers that stopped coming. */
    public void sweep() {
        listener.publish(registry.sweep());
        for (IncompleteCatalog partial : catalogs.expire()) {
            LOG.warn("catalog of {} (SN {}) incomplete: {} of {} items arrived, given up", partial.deviceId(),
                    partial.sn(), partial.items().size(), partial.sumNum());
        }
    }

    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // a failed sweep must not end the periodic task, which would stop all offline detection
            LOG.error("device sweep failed", e);
        }
    }

    /** The state of a device, if it registered since the gateway started. */
    public Optional<DeviceState> device(String deviceId) {
        return registry.find(deviceId);
    }

    /** Every device that registered since the gateway started. */
    public List<DeviceState> devices() {
        return registry.devices();
    }

    /** Number of devices online now. */
    public int onlineCount() {
        return registry.onlineCount();
    }

    /** Sends a Catalog query; completes once the device accepted it (items reach {@link GbGatewayListener#catalog}). */
    public CompletableFuture<Void> refreshCatalog(String deviceId) {
        return requests.refreshCatalog(deviceId);
    }

    /** Asks a device for its DeviceInfo. */
    public CompletableFuture<DeviceInfoResponse> deviceInfo(String deviceId) {
        return requests.deviceInfo(deviceId);
    }

    /** Asks a device for its DeviceStatus. */
    public CompletableFuture<DeviceStatusResponse> deviceStatus(String deviceId) {
        return requests.deviceStatus(deviceId);
    }

    /** Sends a PTZ command to a channel of a device; completes once the device accepted it. */
    public CompletableFuture<Void> ptz(String deviceId, String channelId, PtzCommand command) {
        return requests.ptz(deviceId, channelId, command);
    }

    /**
     * Asks a channel for live video to {@code mediaIp:mediaPort}.
     *
     * @return the session once the device answered 200 and got its ACK; it fails with
     *         {@link DeviceNotRegisteredException}, {@link DeviceOfflineException},
     *         {@link DeviceTimeoutException} or {@link DeviceRefusedException}
     */
    public CompletableFuture<PlaySession> play(String deviceId, String channelId, String mediaIp, int mediaPort,
                                               MediaTransport transport) {
        return player.play(deviceId, channelId, mediaIp, mediaPort, transport);
    }

    /** Live sessions open now. */
    public List<PlaySession> sessions() {
        return player.sessions();
    }

    /** Stops sweeping, hangs up every session and fails every waiting query. */
    @Override
    public void close() {
        ScheduledFuture<?> task = sweeper;
        if (task != null) {
            task.cancel(false);
        }
        player.sessions().forEach(PlaySession::close);
        pending.failAll(new GatewayRequestException("", "the GB28181 gateway stopped"));
    }
}
