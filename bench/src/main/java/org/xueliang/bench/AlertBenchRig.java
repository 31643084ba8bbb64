package org.xueliang.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.xueliang.alerts.channel.ChannelDefaults;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channels.ChannelControl;
import org.xueliang.alerts.channels.VideoQuality;
import org.xueliang.alerts.channels.ChannelRegistry;
import org.xueliang.alerts.delivery.DeliveryChannel;
import org.xueliang.alerts.delivery.DeliveryConfig;
import org.xueliang.alerts.delivery.DeliveryObserver;
import org.xueliang.alerts.delivery.DeliveryRetry;
import org.xueliang.alerts.delivery.DeliveryRuntime;
import org.xueliang.alerts.delivery.JurisdictionResolver;
import org.xueliang.alerts.delivery.JurisdictionScope;
import org.xueliang.alerts.delivery.MqttConfig;
import org.xueliang.alerts.delivery.SnapshotLinks;
import org.xueliang.alerts.delivery.SubscriptionReader;
import org.xueliang.alerts.delivery.SubscriptionStore;
import org.xueliang.alerts.gb.GbDeviceStore;
import org.xueliang.alerts.gb.GbGateway;
import org.xueliang.alerts.http.AlertApiServer;
import org.xueliang.alerts.http.AlertStreamPublisher;
import org.xueliang.alerts.http.ApiConfig;
import org.xueliang.alerts.http.ApiServices;
import org.xueliang.alerts.metrics.ServerMetrics;
import org.xueliang.alerts.pipeline.AlertService;
import org.xueliang.alerts.pipeline.PipelineObserver;
import org.xueliang.alerts.pipeline.RetryPolicy;
import org.xueliang.alerts.push.AlertStreamHub;
import org.xueliang.alerts.store.AlertStore;
import org.xueliang.alerts.store.ChannelStore;
import org.xueliang.alerts.store.Database;
import org.xueliang.alerts.store.DatabaseConfig;
import org.xueliang.alerts.store.StoreExecutor;
import org.xueliang.ingest.ChannelHealth;

/**
 * The server's alert path wired as {@code Application} wires it (store with outbox, alert
 * service, WebSocket stream, delivery worker), minus the video side: events are submitted
 * directly. Around it, the receivers a command centre has: a console on the WebSocket, an MQTT
 * subscriber on a Mosquitto broker of its own, and a webhook receiver. Each records when every
 * alert reached it.
 */
final class AlertBenchRig implements AutoCloseable {
    static final String TOKEN = "bench-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock = Clock.systemUTC();
    /** The broker the rig started, null when it uses one already running. */
    private final Process mosquitto;
    private final Database database;
    private final StoreExecutor storeExecutor = new StoreExecutor(4, 4096);
    private final DeliveryRuntime delivery;
    private final Vertx vertx = Vertx.vertx();
    private final AlertApiServer api;
    private final HttpServer webhook;
    private final ExecutorService webhookThreads = Executors.newFixedThreadPool(4);
    private final WebSocket console;
    private final MqttClient subscriber;
    final AlertService alerts;
    /** Latency from event time to arrival, in milliseconds, per receiver. */
    final ConcurrentLinkedQueue<Long> toWebSocket = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> toMqtt = new ConcurrentLinkedQueue<>();
    /** Every message with the alert it carried and when it came, per receiver. */
    final ConcurrentLinkedQueue<Arrival> webSocketArrivals = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Arrival> mqttArrivals = new ConcurrentLinkedQueue<>();
    final AtomicInteger webhookRequests = new AtomicInteger();
    final AtomicInteger delivered = new AtomicInteger();
    volatile long lastDeliveredNanos;

    /** A rig with a Mosquitto broker of its own on a free port. */
    AlertBenchRig(Path workDir, DatabaseConfig store) throws Exception {
        this(workDir, store, 0);
    }

    /**
     * @param existingBroker port of a broker already listening on 127.0.0.1 (the local Mosquitto on
     *                       1883), or 0 to start one of the rig's own
     */
    AlertBenchRig(Path workDir, DatabaseConfig store, int existingBroker) throws Exception {
        int brokerPort = existingBroker > 0 ? existingBroker : freePort();
        mosquitto = existingBroker > 0 ? null : startMosquitto(workDir, brokerPort);
        // client IDs of their own, so that another rig on a shared broker does not take over the session
        String clientId = "xl-bench-" + Long.toHexString(System.nanoTime());
        database = Database.open(store);
        DeliveryConfig config = new DeliveryConfig("", 32, Duration.ofMillis(200), DeliveryRetry.standard(),
                Duration.ofSeconds(10), new MqttConfig("tcp://127.0.0.1:" + brokerPort, clientId, "", "",
                "xueliang", Duration.ofSeconds(10)));
        delivery = new DeliveryRuntime(config, database.dataSource(), clock, JurisdictionResolver.standard(),
                JurisdictionScope.civilCodePrefix(), SnapshotLinks.keyFrom(TOKEN));
        AlertStore alertStore = new AlertStore(database.dataSource(), delivery.outbox());
        AlertStreamHub hub = new AlertStreamHub(4096);
        alerts = new AlertService(alertStore, storeExecutor, clock, RetryPolicy.standard(),
                List.of(new AlertStreamPublisher(hub), delivery.listener()), PipelineObserver.none());
        delivery.start(new Counter(), List::<ChannelHealth>of);
        ChannelSpecReader reader = new ChannelSpecReader(ChannelDefaults.builtIn(), workDir);
        api = new AlertApiServer(vertx, new ApiConfig("127.0.0.1", 0, List.of(TOKEN), ApiConfig.DEFAULT_BODY_LIMIT),
                new ApiServices(alertStore, new ChannelRegistry(new ChannelStore(database.dataSource(), reader, clock),
                        new NoChannels()), reader, storeExecutor, hub, new ServerMetrics(), clock,
                        new GbDeviceStore(database.dataSource(), clock), GbGateway.disabled(), delivery.api()));
        int port = api.start().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        webhook = startWebhook();
        subscriber = subscribe(brokerPort, clientId + "-subscriber");
        console = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/api/v1/alerts/stream?token=" + TOKEN),
                        new Console()).get(10, TimeUnit.SECONDS);
        subscribeAll(delivery);
    }

    private void subscribeAll(DeliveryRuntime runtime) {
        SubscriptionStore subscriptions = runtime.api().subscriptions();
        SubscriptionReader reader = new SubscriptionReader(true);
        List<FieldError> errors = new ArrayList<>();
        for (String json : List.of("{\"id\": \"mqtt\", \"channel\": \"mqtt\"}",
                "{\"id\": \"hook\", \"channel\": \"webhook-generic\", \"url\": \"http://127.0.0.1:"
                        + webhook.getAddress().getPort() + "/hook\", \"secret\": \"whsec-0123456789abcdef\"}")) {
            try {
                subscriptions.insert(reader.read(JSON.readTree(json), null, errors));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("bench subscriptions invalid: " + errors);
        }
    }

    /**
     * An alert message that reached a receiver.
     *
     * @param channelId the alert's channel
     * @param ruleId    the rule that raised it
     * @param eventTime its event time as the payload carries it
     * @param arrived   when the receiver had it
     */
    record Arrival(String channelId, String ruleId, Instant eventTime, Instant arrived) {
    }

    /** Records the arrival of an alert and the milliseconds from its event time to now. */
    private void arrived(JsonNode alert, ConcurrentLinkedQueue<Long> latencies, ConcurrentLinkedQueue<Arrival> arrivals) {
        Instant now = clock.instant();
        Instant eventTime = Instant.parse(alert.path("eventTime").asText());
        latencies.add(Duration.between(eventTime, now).toMillis());
        arrivals.add(new Arrival(alert.path("channelId").asText(), alert.path("ruleId").asText(), eventTime, now));
    }

    private MqttClient subscribe(int port, String clientId) throws Exception {
        MqttClient client = new MqttClient("tcp://127.0.0.1:" + port, clientId, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setMaxInflight(1000);
        client.connect(options);
        client.subscribe("xueliang/+/+/alerts", 1, (topic, message) ->
                arrived(JSON.readTree(message.getPayload()).path("alert"), toMqtt, mqttArrivals));
        return client;
    }

    private HttpServer startWebhook() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        server.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            webhookRequests.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(webhookThreads);
        server.start();
        return server;
    }

    private static Process startMosquitto(Path workDir, int port) throws Exception {
        Path config = Files.writeString(workDir.resolve("mosquitto.conf"),
                "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\n");
        Process process = new ProcessBuilder("/usr/sbin/mosquitto", "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("mosquitto.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return process;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("mosquitto did not listen on " + port + " (apt-get install mosquitto)");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Clears what the previous round recorded. */
    void reset() {
        toWebSocket.clear();
        toMqtt.clear();
        webSocketArrivals.clear();
        mqttArrivals.clear();
        webhookRequests.set(0);
        delivered.set(0);
    }

    @Override
    public void close() throws Exception {
        console.abort();
        subscriber.disconnect();
        subscriber.close();
        webhook.stop(0);
        webhookThreads.shutdownNow();
        api.stop().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        delivery.close();
        storeExecutor.close();
        database.close();
        if (mosquitto != null) {
            mosquitto.destroy();
            mosquitto.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private final class Counter implements DeliveryObserver {
        @Override
        public void delivered(DeliveryChannel channel, Duration sinceQueued) {
            delivered.incrementAndGet();
            lastDeliveredNanos = System.nanoTime();
        }

        @Override
        public void failed(DeliveryChannel channel, boolean dead) {
            System.err.println("a " + channel.code() + " delivery failed" + (dead ? " for good" : ""));
        }
    }

    private final class Console implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    arrived(JSON.readTree(partial.toString().getBytes(StandardCharsets.UTF_8)), toWebSocket,
                            webSocketArrivals);
                } catch (IOException e) {
                    throw new IllegalStateException("the stream sent no JSON", e);
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }
    }

    /** The bench runs no video channels. */
    private static final class NoChannels implements ChannelControl {
        @Override
        public void start(ChannelSpec spec) {
        }

        @Override
        public void stop(String channelId) {
        }

        @Override
        public void update(ChannelSpec spec) {
        }

        @Override
        public Optional<ChannelHealth> health(String channelId) {
            return Optional.empty();
        }

        @Override
        public Optional<VideoQuality> videoQuality(String channelId) {
            return Optional.empty();
        }
    }
}
