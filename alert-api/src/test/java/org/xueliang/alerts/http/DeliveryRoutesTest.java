package org.xueliang.alerts.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.xueliang.alerts.channel.ChannelDefaults;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channels.ChannelRegistry;
import org.xueliang.alerts.channels.FakeChannelControl;
import org.xueliang.alerts.delivery.Delivery;
import org.xueliang.alerts.delivery.DeliveryApi;
import org.xueliang.alerts.delivery.DeliveryOutbox;
import org.xueliang.alerts.delivery.DeliveryStore;
import org.xueliang.alerts.delivery.JurisdictionResolver;
import org.xueliang.alerts.delivery.JurisdictionScope;
import org.xueliang.alerts.delivery.SnapshotLinks;
import org.xueliang.alerts.delivery.SubscriptionStore;
import org.xueliang.alerts.gb.FakeGbGateway;
import org.xueliang.alerts.gb.GbDeviceStore;
import org.xueliang.alerts.metrics.ServerMetrics;
import org.xueliang.alerts.push.AlertStreamHub;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertStore;
import org.xueliang.alerts.store.ChannelStore;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.alerts.store.TestDatabase;

/** {@code /api/v1/subscriptions}, {@code /api/v1/deliveries} and signed snapshot links over HTTP. */
@ExtendWith(VertxExtension.class)
class DeliveryRoutesTest {
    private static final String TOKEN = "test-token-4f1c9a";
    private static final String SECRET = "whsec-0123456789abcdef";
    private static final String WECOM = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=robot-key-1";
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, 1, 2, 3, (byte) 0xff, (byte) 0xd9};

    private final TestDatabase db = TestDatabase.open(TestDatabase.Vendor.H2);
    private final StoreExecutor storeExecutor = new StoreExecutor(2, 64);
    private final Clock clock = Clock.fixed(ApiTestServer.NOW, ZoneOffset.UTC);
    private final AtomicInteger wakes = new AtomicInteger();
    private SubscriptionStore subscriptions;
    private DeliveryStore deliveries;
    private AlertStore alerts;
    private AlertApiServer server;
    private WebClient client;

    @BeforeEach
    void start(Vertx vertx, @TempDir Path dir) throws Exception {
        var dataSource = db.database().dataSource();
        SnapshotLinks links = new SnapshotLinks("https://xl.example.org", SnapshotLinks.keyFrom(TOKEN));
        subscriptions = new SubscriptionStore(dataSource, clock);
        deliveries = new DeliveryStore(dataSource);
        alerts = new AlertStore(dataSource, new DeliveryOutbox(JurisdictionResolver.standard(),
                JurisdictionScope.civilCodePrefix(), links, clock));
        ChannelSpecReader reader = new ChannelSpecReader(ChannelDefaults.builtIn(), dir);
        ChannelRegistry registry = new ChannelRegistry(new ChannelStore(dataSource, reader, clock),
                new FakeChannelControl());
        DeliveryApi delivery = new DeliveryApi(subscriptions, deliveries, wakes::incrementAndGet,
                new AlertStreamHub(16), false, links);
        server = new AlertApiServer(vertx, new ApiConfig("127.0.0.1", 0, List.of(TOKEN), 8 * 1024),
                new ApiServices(alerts, registry, reader, storeExecutor, new AlertStreamHub(16), new ServerMetrics(),
                        clock, new GbDeviceStore(dataSource, clock), new FakeGbGateway(), delivery));
        int port = ApiTestServer.await(server.start());
        client = WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        ApiTestServer.await(server.stop());
        storeExecutor.close();
        db.close();
    }

    private HttpResponse<Buffer> send(HttpMethod method, String path, String json) throws Exception {
        var request = client.request(method, path).bearerTokenAuthentication(TOKEN);
        return ApiTestServer.await(json == null ? request.send()
                : request.putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer(json)));
    }

    @Test
    void subscriptionsAreManagedWithTheirSecretsMasked() throws Exception {
        HttpResponse<Buffer> created = send(HttpMethod.POST, "/api/v1/subscriptions", "{\"id\": \"township-a\", "
                + "\"channel\": \"webhook-wecom\", \"url\": \"" + WECOM + "\", \"jurisdiction\": \"340202001\"}");

        assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
        assertThat(created.getHeader("Location")).isEqualTo("/api/v1/subscriptions/township-a");
        JsonObject shown = created.bodyAsJsonObject();
        assertThat(shown.getString("url")).isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***");
        assertThat(shown.getString("jurisdiction")).isEqualTo("340202001");
        assertThat(shown.getInteger("minLevel")).isEqualTo(3);
        assertThat(send(HttpMethod.GET, "/api/v1/subscriptions", null).bodyAsString()).doesNotContain("robot-key-1");

        // a GET, edit, PUT round trip keeps the real URL behind the mask
        HttpResponse<Buffer> replaced = send(HttpMethod.PUT, "/api/v1/subscriptions/township-a",
                shown.copy().put("minLevel", 1).encode());
        assertThat(replaced.statusCode()).as(replaced.bodyAsString()).isEqualTo(200);
        assertThat(subscriptions.find("township-a").orElseThrow().url()).isEqualTo(WECOM);
        assertThat(subscriptions.find("township-a").orElseThrow().minLevel()).isEqualTo(1);

        HttpResponse<Buffer> duplicate = send(HttpMethod.POST, "/api/v1/subscriptions", shown.encode());
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.bodyAsJsonObject().getString("detail")).isEqualTo(
                "subscription \"township-a\" exists already; PUT /api/v1/subscriptions/township-a replaces it");
        HttpResponse<Buffer> otherId = send(HttpMethod.PUT, "/api/v1/subscriptions/township-a",
                shown.copy().put("id", "township-b").encode());
        assertThat(otherId.bodyAsJsonObject().getString("detail"))
                .isEqualTo("id: must equal the subscription id in the path \"township-a\", got \"township-b\"");

        assertThat(send(HttpMethod.DELETE, "/api/v1/subscriptions/township-a", null).statusCode()).isEqualTo(204);
        HttpResponse<Buffer> gone = send(HttpMethod.GET, "/api/v1/subscriptions/township-a", null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.bodyAsJsonObject().getString("detail")).isEqualTo("subscription \"township-a\" not found");
    }

    @Test
    void anInvalidSubscriptionGetsEveryProblemAndIsNotSaved() throws Exception {
        HttpResponse<Buffer> refused = send(HttpMethod.POST, "/api/v1/subscriptions",
                "{\"id\": \"m\", \"channel\": \"mqtt\", \"minLevel\": 0, \"secret\": \"x\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonObject problem = refused.bodyAsJsonObject();
        assertThat(problem.getString("title")).isEqualTo("invalid subscription");
        assertThat(problem.getJsonArray("errors")).isEqualTo(new JsonArray()
                .add(new JsonObject().put("path", "channel")
                        .put("message", "mqtt needs a broker: set delivery.mqtt.url in the server configuration"))
                .add(new JsonObject().put("path", "secret")
                        .put("message", "is only used by webhook-generic and webhook-dingtalk, not by mqtt"))
                .add(new JsonObject().put("path", "minLevel").put("message", "must be between 1 and 3, got 0")));
        assertThat(subscriptions.list()).isEmpty();
    }

    @Test
    void deadLettersAreListedAndRetriedByHand() throws Exception {
        send(HttpMethod.POST, "/api/v1/subscriptions", "{\"id\": \"ops\", \"channel\": \"webhook-generic\", "
                + "\"url\": \"https://hooks.example.org/xl\", \"secret\": \"" + SECRET + "\"}");
        alerts.insert(Alert.newAlert("a1", "gate", "lawn", "ZONE_INTRUSION", ApiTestServer.NOW, ApiTestServer.NOW,
                List.of(), 0), null);
        Delivery claimed = deliveries.claim(1, ApiTestServer.NOW, ApiTestServer.NOW.plusSeconds(30)).get(0);
        deliveries.markFailed(claimed, "HTTP 500 from https://hooks.example.org/xl", ApiTestServer.NOW, null);

        JsonObject dead = send(HttpMethod.GET, "/api/v1/deliveries?state=dead", null).bodyAsJsonObject();
        assertThat(dead.getLong("total")).isEqualTo(1);
        JsonObject row = dead.getJsonArray("deliveries").getJsonObject(0);
        assertThat(row.getString("idempotencyKey")).isEqualTo("a1:ops:alert");
        assertThat(row.getString("state")).isEqualTo("DEAD");
        assertThat(row.getInteger("attempts")).isEqualTo(1);
        assertThat(row.getString("lastError")).isEqualTo("HTTP 500 from https://hooks.example.org/xl");
        assertThat(send(HttpMethod.GET, "/api/v1/deliveries/" + claimed.id(), null).bodyAsJsonObject()
                .getJsonObject("payload").getString("idempotencyKey")).isEqualTo("a1:ops:alert");

        HttpResponse<Buffer> retried = send(HttpMethod.POST, "/api/v1/deliveries/" + claimed.id() + "/retry", null);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.bodyAsJsonObject().getString("state")).isEqualTo("PENDING");
        assertThat(wakes.get()).isEqualTo(1);
        HttpResponse<Buffer> again = send(HttpMethod.POST, "/api/v1/deliveries/" + claimed.id() + "/retry", null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.bodyAsJsonObject().getString("state")).isEqualTo("PENDING");

        HttpResponse<Buffer> badQuery = send(HttpMethod.GET, "/api/v1/deliveries?state=lost&limit=0&colour=red", null);
        assertThat(badQuery.statusCode()).isEqualTo(400);
        assertThat(badQuery.bodyAsJsonObject().getString("detail")).isEqualTo(
                "colour: unknown parameter, allowed: state, alert, subscription, limit, offset; "
                        + "state: must be one of PENDING, SENDING, DELIVERED, DEAD, got \"lost\"; "
                        + "limit: must be an integer from 1 to 500, got \"0\"");
        assertThat(send(HttpMethod.POST, "/api/v1/deliveries/abc/retry", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aSignedSnapshotLinkOpensWithoutATokenUntilTampered() throws Exception {
        send(HttpMethod.POST, "/api/v1/subscriptions", "{\"id\": \"console\", \"channel\": \"websocket\"}");
        alerts.insert(Alert.newAlert("a2", "gate", "lawn", "ZONE_INTRUSION", ApiTestServer.NOW, ApiTestServer.NOW,
                List.of(), JPEG.length), JPEG);
        Delivery row = deliveries.find(1).orElseThrow();
        String link = new JsonObject(row.payload()).getJsonObject("alert").getString("snapshotLink");
        assertThat(link).startsWith("https://xl.example.org/snapshots/a2?expires=");
        URI uri = URI.create(link);
        String path = uri.getRawPath() + "?" + uri.getRawQuery();

        HttpResponse<Buffer> opened = ApiTestServer.await(client.get(path).send());
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.getHeader("Content-Type")).isEqualTo("image/jpeg");
        assertThat(opened.body().getBytes()).isEqualTo(JPEG);

        String tampered = path.substring(0, path.length() - 1) + (path.endsWith("0") ? "1" : "0");
        HttpResponse<Buffer> refused = ApiTestServer.await(client.get(tampered).send());
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.bodyAsJsonObject().getString("detail")).isEqualTo("no such snapshot link, or it has expired");
        assertThat(ApiTestServer.await(client.get("/snapshots/a2").send()).statusCode()).isEqualTo(404);
    }
}
