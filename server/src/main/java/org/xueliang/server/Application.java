package org.xueliang.server;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channels.ChannelRegistry;
import org.xueliang.alerts.console.ConsoleApi;
import org.xueliang.alerts.console.LayoutStore;
import org.xueliang.alerts.console.LiveHub;
import org.xueliang.alerts.console.StatsQueries;
import org.xueliang.alerts.delivery.DeliveryRuntime;
import org.xueliang.alerts.delivery.JurisdictionResolver;
import org.xueliang.alerts.delivery.JurisdictionScope;
import org.xueliang.alerts.delivery.SnapshotLinks;
import org.xueliang.alerts.gb.GbDeviceStore;
import org.xueliang.alerts.gb.GbGateway;
import org.xueliang.alerts.http.AlertApiServer;
import org.xueliang.alerts.auth.Accounts;
import org.xueliang.alerts.auth.PasswordHasher;
import org.xueliang.alerts.auth.UserStore;
import org.xueliang.alerts.http.AlertStreamPublisher;
import org.xueliang.alerts.http.ApiConfig;
import org.xueliang.alerts.http.ApiServices;
import org.xueliang.alerts.http.ScopedStreams;
import org.xueliang.alerts.http.WorkflowApi;
import org.xueliang.alerts.jurisdiction.JurisdictionRegistry;
import org.xueliang.alerts.jurisdiction.JurisdictionStore;
import org.xueliang.alerts.jurisdiction.JurisdictionTree;
import org.xueliang.alerts.jurisdiction.SiteStore;
import org.xueliang.alerts.metrics.AlertMetrics;
import org.xueliang.alerts.metrics.ChannelHealthCollector;
import org.xueliang.alerts.metrics.DeliveryMetrics;
import org.xueliang.alerts.metrics.ServerMetrics;
import org.xueliang.alerts.pipeline.AlertListeners;
import org.xueliang.alerts.pipeline.AlertService;
import org.xueliang.alerts.pipeline.RetryPolicy;
import org.xueliang.alerts.push.AlertStreamHub;
import org.xueliang.alerts.store.AlertStore;
import org.xueliang.alerts.store.ChannelStore;
import org.xueliang.alerts.store.Database;
import org.xueliang.alerts.store.DatabaseConfig;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.alerts.tracks.TrackArchive;
import org.xueliang.alerts.tracks.TrackStore;
import org.xueliang.alerts.workflow.EscalationScheduler;
import org.xueliang.alerts.workflow.Escalator;
import org.xueliang.alerts.workflow.JurisdictionTriage;
import org.xueliang.alerts.workflow.WorkflowQueries;
import org.xueliang.alerts.workflow.WorkflowService;
import org.xueliang.alerts.workflow.WorkflowStore;
import org.xueliang.analytics.snapshot.SnapshotAnnotator;
import org.xueliang.analytics.track.TrackRecord;
import org.xueliang.ingest.channel.IngestRuntime;
import org.xueliang.ingest.channel.JavaCvSourceFactory;
import org.xueliang.ingest.channel.Sleeper;
import org.xueliang.ingest.gb.Gb28181Media;
import org.xueliang.ingest.channel.ReconnectPolicy;
import org.xueliang.server.config.IngestConfig;
import org.xueliang.server.config.ServerConfig;
import org.xueliang.server.config.WorkflowConfig;
import org.xueliang.server.gb.GbServer;
import org.xueliang.server.pipeline.AnalysisPool;
import org.xueliang.server.live.JavaCvProber;
import org.xueliang.server.live.LiveTap;
import org.xueliang.server.live.RemuxSessions;
import org.xueliang.server.pipeline.ChannelRuntime;
import org.xueliang.server.pipeline.DetectorCheck;
import org.xueliang.server.pipeline.FrameTap;

/**
 * The composition root: builds every component from the configuration, hands each only what it
 * needs, starts them in order and stops them in reverse.
 */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    private static final int STORE_THREADS = 4;
    private static final int STORE_QUEUE = 2048;
    private static final int STREAM_MAX_PENDING = 16;
    private static final int DB_POOL = 8;

    private final List<AutoCloseable> started = new ArrayList<>();
    private AlertApiServer http;

    private Application() {
    }

    private void build(ServerConfig config, Clock clock, Path baseDir) {
        Database database = remember(Database.open(new DatabaseConfig(
                config.store().url(), config.store().username(), config.store().password(), DB_POOL)));
        StoreExecutor storeExecutor = remember(new StoreExecutor(STORE_THREADS, STORE_QUEUE));
        JurisdictionRegistry jurisdictions = new JurisdictionRegistry(
                new JurisdictionStore(database.dataSource(), clock), new SiteStore(database.dataSource(), clock));
        jurisdictions.directory().refresh();
        DeliveryRuntime delivery = remember(new DeliveryRuntime(config.delivery(), database.dataSource(), clock,
                JurisdictionResolver.standard(), subtrees(jurisdictions), SnapshotLinks.keyFrom(config.api().token())));
        AlertStore alerts = new AlertStore(database.dataSource(), delivery.outbox());
        AlertStreamHub hub = new AlertStreamHub(STREAM_MAX_PENDING);
        ServerMetrics metrics = new ServerMetrics();
        AlertMetrics alertMetrics = new AlertMetrics(metrics.registry(), clock);
        ScopedStreams streams = new ScopedStreams(hub, jurisdictions.directory(), STREAM_MAX_PENDING);
        AlertListeners listeners = new AlertListeners(
                List.of(new AlertStreamPublisher(streams), alertMetrics, delivery.listener()), alertMetrics);
        WorkflowConfig workflow = config.workflow();
        AlertService alertService = new AlertService(alerts, storeExecutor, clock, RetryPolicy.standard(), listeners,
                new JurisdictionTriage(jurisdictions.directory(), workflow.levels(), workflow.ackLimits()),
                workflow.mergeWindow());
        WorkflowStore workflowStore = new WorkflowStore(database.dataSource(), delivery.outbox());
        WorkflowApi workflowApi = new WorkflowApi(new WorkflowService(alerts, workflowStore, listeners, clock),
                new WorkflowQueries(database.dataSource()), jurisdictions, accounts(config, database, jurisdictions,
                clock), streams);

        GbDeviceStore gbDevices = new GbDeviceStore(database.dataSource(), clock);
        Optional<GbServer> gb = config.sip().enabled()
                ? Optional.of(remember(GbServer.start(config.sip(), clock, gbDevices, storeExecutor, alertService)))
                : Optional.empty();

        DetectorCheck.requireLoadable(config.analytics().pipeline().detection());
        ScheduledExecutorService timer = timer();
        ExecutorService analysisPool = AnalysisPool.sizedToCores(metrics);
        remember(() -> {
            analysisPool.shutdown();
            analysisPool.awaitTermination(10, TimeUnit.SECONDS);
        });
        LiveHub liveHub = new LiveHub();
        SnapshotAnnotator jpeg = new SnapshotAnnotator();
        LiveTap liveTap = new LiveTap(liveHub, jpeg);
        TrackStore trackStore = new TrackStore(database.dataSource());
        TrackArchive tracks = new TrackArchive(trackStore, storeExecutor, clock, config.analytics().trackRetention());
        metrics.gauge("xl_track_records_stored", "finished track records stored since start", tracks::stored);
        metrics.gauge("xl_track_records_lost", "finished track records that could not be stored since start",
                tracks::lost);
        ChannelRuntime runtime = remember(channelRuntime(config, clock, analysisPool, alertService, tracks::submit,
                gb.map(GbServer::media), liveTap));
        timer.scheduleWithFixedDelay(runtime::checkSignals, 1, 1, TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(() -> storeExecutor.submit(tracks::purge), 1, 60, TimeUnit.MINUTES);
        ChannelSpecReader reader = new ChannelSpecReader(config.channelDefaults(), baseDir);
        ChannelStore channelStore = new ChannelStore(database.dataSource(), reader, clock);
        ChannelRegistry registry = new ChannelRegistry(channelStore, runtime);
        new ChannelHealthCollector(registry::healthOfAll).register(metrics.registry());
        metrics.gauge("xl_stream_connections", "consoles connected to the alert stream", streams::connections);
        metrics.gauge("xl_store_queue", "store operations waiting for a connection", storeExecutor::queued);
        ConsoleApi console = console(config.http().videoSessions(), database, clock, liveHub, liveTap,
                gb.map(GbServer::media), jpeg, metrics);
        delivery.start(new DeliveryMetrics(metrics.registry(), delivery.deliveries()::countByState),
                registry::healthOfAll);

        Vertx vertx = Vertx.vertx();
        remember(() -> vertx.close().await());
        AlertApiServer server = new AlertApiServer(vertx, new ApiConfig(config.http().bindAddress(), config.http().port(),
                List.of(config.api().token()), ApiConfig.DEFAULT_BODY_LIMIT),
                new ApiServices(alerts, registry, reader, storeExecutor, hub, metrics, clock,
                        gbDevices, gb.map(GbServer::gateway).orElse(GbGateway.disabled()), delivery.api(), workflowApi,
                        trackStore, console));
        int port = server.start().await();
        remember(() -> server.stop().await());
        http = server;
        remember(new EscalationScheduler(new Escalator(workflowStore, jurisdictions.directory(), workflow.ackLimits(),
                listeners, clock), timer, workflow.escalationScan())).start();
        LOG.info("listening on http://{}:{}/ (API under /api/v1)", config.http().bindAddress(), port);

        // channels start once consoles can connect, so that nobody misses the first alerts
        seedConfiguredChannels(config.channels(), channelStore);
        int channels = registry.startAll();
        LOG.info("{} channel(s) started", channels);
    }

    /**
     * Builds and starts the server. On failure, whatever was started is stopped again.
     *
     * @param baseDir folder that relative paths in channel definitions are resolved against
     */
    public static Application start(ServerConfig config, Clock clock, Path baseDir) {
        Application app = new Application();
        try {
            app.build(config, clock, baseDir);
            return app;
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
    }

    /** Users and their tokens; the configured API token stays the bootstrap administrator beside them. */
    private static Accounts accounts(ServerConfig config, Database database, JurisdictionRegistry jurisdictions,
                                     Clock clock) {
        return new Accounts(new UserStore(database.dataSource()), PasswordHasher.standard(),
                code -> jurisdictions.directory().tree().jurisdiction(code).isPresent(), clock,
                config.api().loginTokenTtl());
    }

    /** One thread for periodic work: the escalation scan of the store and the channels' signal check. */
    private ScheduledExecutorService timer() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "xl-timer");
            thread.setDaemon(true);
            return thread;
        });
        remember(timer::shutdownNow);
        return timer;
    }

    /**
     * Subscription filters follow the jurisdiction tree; a code outside it (a GB28181 CivilCode of a
     * channel not placed in the tree) falls back to civil-code prefixes.
     */
    private static JurisdictionScope subtrees(JurisdictionRegistry jurisdictions) {
        JurisdictionScope prefixes = JurisdictionScope.civilCodePrefix();
        return (code, ancestor) -> {
            JurisdictionTree tree = jurisdictions.directory().tree();
            return tree.jurisdiction(code).isPresent() ? tree.within(code, ancestor) : prefixes.within(code, ancestor);
        };
    }

    /** The web console's live and full-rate views, probes, statistics and layouts. */
    private static ConsoleApi console(int videoSessions, Database database, Clock clock, LiveHub liveHub,
                                      LiveTap liveTap, Optional<Gb28181Media> gb28181, SnapshotAnnotator jpeg,
                                      ServerMetrics metrics) {
        RemuxSessions video = new RemuxSessions(videoSessions, clock, task -> {
            Thread thread = new Thread(task, "xl-video");
            thread.setDaemon(true);
            return thread;
        });
        metrics.gauge("xl_video_sessions", "full-rate views open", video::active);
        metrics.gauge("xl_live_frames_dropped", "live frames skipped for viewers still busy", liveHub::dropped);
        metrics.gauge("xl_live_frames_encoded", "analysis frames encoded as JPEG for live viewers", liveTap::encoded);
        metrics.gauge("xl_live_encode_seconds", "time spent encoding live JPEGs", liveTap::encodeSeconds);
        return new ConsoleApi(liveHub, liveTap, video, new JavaCvProber(new JavaCvSourceFactory(gb28181), jpeg),
                new LayoutStore(database.dataSource(), clock), new StatsQueries(database.dataSource()),
                ZoneId.systemDefault());
    }

    /** The port the HTTP server listens on. */
    public int httpPort() {
        return http.port();
    }

    private static ChannelRuntime channelRuntime(ServerConfig config, Clock clock, ExecutorService analysisPool,
                                                 AlertService alertService, Consumer<TrackRecord> tracks,
                                                 Optional<Gb28181Media> gb28181, FrameTap tap) {
        IngestConfig ingest = config.ingest();
        ReconnectPolicy reconnect = new ReconnectPolicy(ingest.reconnect().initialDelay(),
                ingest.reconnect().maxDelay(), ingest.reconnect().jitter());
        IngestRuntime sources = new IngestRuntime(new JavaCvSourceFactory(gb28181), clock, new Random(),
                Sleeper.system());
        return new ChannelRuntime(sources, reconnect, ingest.queueCapacity(), config.analytics().pipeline(),
                analysisPool, alertService::submit, tracks, tap, ingest.idleHold());
    }

    /** The configuration file wins at every start: its channels are written over the stored ones. */
    private static void seedConfiguredChannels(List<ChannelSpec> channels, ChannelStore store) {
        for (ChannelSpec spec : channels) {
            if (store.find(spec.id()).isPresent()) {
                store.update(spec);
            } else {
                store.insert(spec);
            }
        }
    }

    private <T extends AutoCloseable> T remember(T resource) {
        started.add(resource);
        return resource;
    }

    /** Stops everything, newest first. */
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
}
