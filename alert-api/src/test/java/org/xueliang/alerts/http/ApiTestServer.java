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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.xueliang.alerts.channel.ChannelDefaults;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channels.ChannelRegistry;
import org.xueliang.alerts.channels.FakeChannelControl;
import org.xueliang.alerts.gb.FakeGbGateway;
import org.xueliang.alerts.gb.GbDeviceStore;
import org.xueliang.alerts.gb.GbGateway;
import org.xueliang.alerts.metrics.AlertMetrics;
import org.xueliang.alerts.metrics.ChannelHealthCollector;
import org.xueliang.alerts.metrics.ServerMetrics;
import org.xueliang.alerts.pipeline.AlertService;
import org.xueliang.alerts.pipeline.RetryPolicy;
import org.xueliang.alerts.push.AlertStreamHub;
import org.xueliang.alerts.store.AlertStore;
import org.xueliang.alerts.store.ChannelStore;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.alerts.store.TestDatabase;

/**
 * The whole API wired as the server wires it, on a private H2 database with a fake channel
 * control and a fake GB28181 gateway (or a given one), listening on a random port.
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
    final AlertStreamHub hub = new AlertStreamHub(16);
    final ServerMetrics metrics = new ServerMetrics();
    final AlertService alertService;
    final GbDeviceStore gbDevices;
    final FakeGbGateway gateway = new FakeGbGateway();
    final AlertApiServer server;
    final WebClient client;
    final int port;

    ApiTestServer(Vertx vertx, Path baseDir) throws Exception {
        this(vertx, baseDir, null);
    }

    /** @param gbGateway the gateway the API uses, or null for {@link #gateway} */
    ApiTestServer(Vertx vertx, Path baseDir, GbGateway gbGateway) throws Exception {
        reader = new ChannelSpecReader(ChannelDefaults.builtIn(), baseDir);
        channelStore = new ChannelStore(db.database().dataSource(), reader, clock);
        registry = new ChannelRegistry(channelStore, control);
        gbDevices = new GbDeviceStore(db.database().dataSource(), clock);
        AlertMetrics alertMetrics = new AlertMetrics(metrics.registry(), clock);
        new ChannelHealthCollector(registry::healthOfAll).register(metrics.registry());
        metrics.gauge("xl_stream_connections", "Connected WebSocket consoles.", hub::connections);
        alertService = new AlertService(alerts, storeExecutor, clock, RetryPolicy.standard(),
                List.of(new AlertStreamPublisher(hub), alertMetrics), alertMetrics);
        server = new AlertApiServer(vertx, new ApiConfig("127.0.0.1", 0, List.of("other-token", TOKEN), BODY_LIMIT),
                new ApiServices(alerts, registry, reader, storeExecutor, hub, metrics, clock, gbDevices,
                        gbGateway == null ? gateway : gbGateway));
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
