package org.xueliang.alerts.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.xueliang.alerts.auth.Accounts;
import org.xueliang.alerts.auth.PasswordHasher;
import org.xueliang.alerts.auth.UserStore;
import org.xueliang.alerts.channel.ChannelDefaults;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channels.ChannelRegistry;
import org.xueliang.alerts.channels.FakeChannelControl;
import org.xueliang.alerts.console.FakeConsole;
import org.xueliang.alerts.gb.FakeGbGateway;
import org.xueliang.alerts.gb.GbDeviceStore;
import org.xueliang.alerts.gb.GbGateway;
import org.xueliang.alerts.jurisdiction.JurisdictionDirectory;
import org.xueliang.alerts.jurisdiction.JurisdictionRegistry;
import org.xueliang.alerts.jurisdiction.JurisdictionStore;
import org.xueliang.alerts.jurisdiction.SiteStore;
import org.xueliang.alerts.metrics.AlertMetrics;
import org.xueliang.alerts.metrics.ChannelHealthCollector;
import org.xueliang.alerts.metrics.ServerMetrics;
import org.xueliang.alerts.pipeline.AlertListeners;
import org.xueliang.alerts.pipeline.AlertService;
import org.xueliang.alerts.pipeline.RetryPolicy;
import org.xueliang.alerts.push.AlertStreamHub;
import org.xueliang.alerts.store.AlertOutbox;
import org.xueliang.alerts.store.AlertStore;
import org.xueliang.alerts.store.ChannelStore;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.alerts.store.TestDatabase;
import org.xueliang.alerts.tracks.TrackStore;
import org.xueliang.alerts.workflow.AlertLevels;
import org.xueliang.alerts.workflow.JurisdictionTriage;
import org.xueliang.alerts.workflow.TimeLimits;
import org.xueliang.alerts.workflow.WorkflowQueries;
import org.xueliang.alerts.workflow.WorkflowService;
import org.xueliang.alerts.workflow.WorkflowStore;

/**
 * The whole API wired as the server wires it (workflow, jurisdictions, users, scoped consoles),
 * on a private H2 database with a fake channel control and a fake GB28181 gateway (or a given
 * one), listening on a random port. Passwords are hashed with few PBKDF2 rounds to keep tests fast.
 */
final class ApiTestServer implements AutoCloseable {
    static final String TOKEN = "test-token-4f1c9a";
    static final Instant NOW = Instant.parse("2024-05-01T08:00:02Z");
    static final int BODY_LIMIT = 8 * 1024;

    final TestDatabase db = TestDatabase.open(TestDatabase.Vendor.H2);
    final StoreExecutor storeExecutor = new StoreExecutor(2, 64);
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final FakeChannelControl control = new FakeChannelControl();
    final ChannelSpecReader reader;
    final ChannelStore channelStore;
    final ChannelRegistry registry;
    final AlertStore alerts = new AlertStore(db.database().dataSource());
    final TrackStore tracks = new TrackStore(db.database().dataSource());
    final AlertStreamHub hub = new AlertStreamHub(16);
    final ServerMetrics metrics = new ServerMetrics();
    final AlertService alertService;
    final JurisdictionRegistry jurisdictions;
    final WorkflowService workflow;
    final Accounts accounts;
    final ScopedStreams streams;
    final GbDeviceStore gbDevices;
    final FakeGbGateway gateway = new FakeGbGateway();
    final FakeConsole console = new FakeConsole();
    final AlertApiServer server;
    final WebClient client;
    final int port;

    ApiTestServer(Vertx vertx, Path baseDir) throws Exception {
        this(vertx, baseDir, null);
    }

    /** @param gbGateway the gateway the API uses, or null for {@link #gateway} */
    ApiTestServer(Vertx vertx, Path baseDir, GbGateway gbGateway) throws Exception {
        this(vertx, baseDir, gbGateway, Duration.ZERO);
    }

    /**
     * @param gbGateway   the gateway the API uses, or null for {@link #gateway}
     * @param mergeWindow repeats this close merge into one alert; zero keeps every alert apart
     */
    ApiTestServer(Vertx vertx, Path baseDir, GbGateway gbGateway, Duration mergeWindow) throws Exception {
        reader = new ChannelSpecReader(ChannelDefaults.builtIn(), baseDir);
        channelStore = new ChannelStore(db.database().dataSource(), reader, clock);
        registry = new ChannelRegistry(channelStore, control);
        gbDevices = new GbDeviceStore(db.database().dataSource(), clock);
        AlertMetrics alertMetrics = new AlertMetrics(metrics.registry(), clock);
        new ChannelHealthCollector(registry::healthOfAll).register(metrics.registry());
        metrics.gauge("xl_stream_connections", "Connected WebSocket consoles.", hub::connections);
        DataSource dataSource = db.database().dataSource();
        jurisdictions = new JurisdictionRegistry(new JurisdictionStore(dataSource, clock), new SiteStore(dataSource, clock));
        JurisdictionDirectory directory = jurisdictions.directory();
        directory.refresh();
        streams = new ScopedStreams(hub, directory, 16);
        AlertListeners listeners = new AlertListeners(List.of(new AlertStreamPublisher(streams), alertMetrics),
                alertMetrics);
        alertService = new AlertService(alerts, storeExecutor, clock, RetryPolicy.standard(), listeners,
                new JurisdictionTriage(directory, AlertLevels.defaults(), TimeLimits.defaults()), mergeWindow);
        workflow = new WorkflowService(alerts, new WorkflowStore(dataSource, AlertOutbox.none()), listeners, clock);
        accounts = new Accounts(new UserStore(dataSource), new PasswordHasher(1_000, new SecureRandom()),
                code -> directory.tree().jurisdiction(code).isPresent(), clock, Duration.ofHours(12));
        WorkflowApi workflowApi = new WorkflowApi(workflow, new WorkflowQueries(dataSource), jurisdictions, accounts,
                streams);
        server = new AlertApiServer(vertx, new ApiConfig("127.0.0.1", 0, List.of("other-token", TOKEN), BODY_LIMIT),
                new ApiServices(alerts, registry, reader, storeExecutor, hub, metrics, clock, gbDevices,
                        gbGateway == null ? gateway : gbGateway, null, workflowApi, tracks,
                        console.api(dataSource, clock)));
        port = await(server.start());
        client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port));
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** A request with the right token. */
    HttpRequest<Buffer> authorized(HttpMethod method, String path) {
        return client.request(method, path).bearerTokenAuthentication(TOKEN);
    }

    HttpResponse<Buffer> get(String path) throws Exception {
        return await(authorized(HttpMethod.GET, path).send());
    }

    /** A request with another token, such as a user's. */
    HttpRequest<Buffer> as(String token, HttpMethod method, String path) {
        return client.request(method, path).bearerTokenAuthentication(token);
    }

    HttpResponse<Buffer> sendJson(String token, HttpMethod method, String path, String json) throws Exception {
        return await(as(token, method, path).putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(json)));
    }

    HttpResponse<Buffer> sendJson(HttpMethod method, String path, String json) throws Exception {
        return await(authorized(method, path).putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(json)));
    }

    @Override
    public void close() throws Exception {
        client.close();
        await(server.stop());
        storeExecutor.close();
        db.close();
    }
}
