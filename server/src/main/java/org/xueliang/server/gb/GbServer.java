package org.xueliang.server.gb;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.gb.GbDeviceStore;
import org.xueliang.alerts.gb.GbGateway;
import org.xueliang.alerts.pipeline.AlertService;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.ingest.gb.Gb28181Media;
import org.xueliang.ingest.gb.GbMediaSettings;
import org.xueliang.ingest.rtp.RtpEventLoops;
import org.xueliang.server.config.SipConfig;
import org.xueliang.sip.device.KeepalivePolicy;
import org.xueliang.sip.gateway.GbGatewayCore;
import org.xueliang.sip.gateway.GbGatewaySettings;
import org.xueliang.sip.register.PasswordLookup;
import org.xueliang.sip.transport.JainSipSettings;
import org.xueliang.sip.transport.JainSipTransport;

/**
 * The GB28181 side of the server: the SIP transport and gateway core, the listener that stores
 * devices and raises their alerts, the API's gateway and the media set-up GB28181 channels stream
 * with. Started when {@code sip.enabled}; closed in reverse order.
 */
public final class GbServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GbServer.class);
    private static final int SIP_THREADS = 4;
    private static final int RTP_THREADS = 2;

    private final List<AutoCloseable> started = new ArrayList<>();
    private GbGatewayCore core;
    private GbGateway gateway;
    private Gb28181Media media;

    private GbServer() {
    }

    /**
     * Marks every stored device offline (none has shown since), then starts listening for devices.
     *
     * @throws RuntimeException when the SIP port cannot be bound; whatever started is stopped again
     */
    public static GbServer start(SipConfig sip, Clock clock, GbDeviceStore store, StoreExecutor storeExecutor,
                                 AlertService alerts) {
        GbServer server = new GbServer();
        try {
            server.build(sip, clock, store, storeExecutor, alerts);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void build(SipConfig sip, Clock clock, GbDeviceStore store, StoreExecutor storeExecutor,
                       AlertService alerts) {
        int offline = store.markAllOffline();
        LOG.info("{} stored GB28181 device(s) marked offline until they register again", offline);
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, daemon("gb-timer"));
        scheduler.setRemoveOnCancelPolicy(true);
        remember(() -> {
            scheduler.shutdownNow();
            scheduler.awaitTermination(2, TimeUnit.SECONDS);
        });
        GbGatewaySettings settings = settings(sip);
        JainSipTransport transport = new JainSipTransport(new JainSipSettings(sip.ip(), sip.port(), sip.id(),
                sip.domain(), SIP_THREADS));
        remember(transport);
        core = new GbGatewayCore(settings, transport,
                new GbDeviceEvents(store, new DeviceWriteQueue(storeExecutor), alerts), scheduler, clock);
        transport.start(core);
        core.start();
        remember(core);
        gateway = new GbGatewayAdapter(core, store, storeExecutor);
        RtpEventLoops rtp = remember(RtpEventLoops.create(RTP_THREADS));
        media = Gb28181Media.of(new GatewayStreamRequester(core, settings.requestTimeout()),
                new GbMediaSettings(sip.mediaIp(), sip.mediaPortFrom(), sip.mediaPortTo(), sip.rtpTimeout()), rtp);
    }

    static GbGatewaySettings settings(SipConfig sip) {
        PasswordLookup own = device -> java.util.Optional.ofNullable(sip.devicePasswords().get(device));
        return GbGatewaySettings.defaults(sip.id(), sip.domain(), own.orElse(sip.password()))
                .withKeepalive(new KeepalivePolicy(sip.keepaliveInterval(), sip.keepaliveCount()));
    }

    /** The gateway the API asks devices through. */
    public GbGateway gateway() {
        return gateway;
    }

    /** What GB28181 video sources share: the stream requester, media settings, RTP threads and ports. */
    public Gb28181Media media() {
        return media;
    }

    /** The gateway core, for the devices it knows now. */
    public GbGatewayCore core() {
        return core;
    }

    private <T extends AutoCloseable> T remember(T resource) {
        started.add(resource);
        return resource;
    }

    /** Stops the RTP threads, the core (BYE to open sessions), the transport and the timer, newest first. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed", started.get(i), e);
            }
        }
        started.clear();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
