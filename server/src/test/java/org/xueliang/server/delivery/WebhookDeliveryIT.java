package org.xueliang.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.xueliang.server.acceptance.TestPaths;
import org.xueliang.server.delivery.WebhookReceiver.Answer;
import org.xueliang.server.delivery.WebhookReceiver.Request;

/**
 * Acceptance 5: the packaged server posts alerts to local webhook receivers (the JDK's HTTP
 * server). A receiver that fails the first two attempts of each message takes each exactly once
 * after retries, signed; a receiver that never answers and one that always fails end DEAD and are
 * listed, and a dead letter re-triggered by hand goes out. Group robot formats go to receivers
 * that answer like WeCom and DingTalk, and the snapshot link they carry opens without a token.
 */
class WebhookDeliveryIT {
    private static final Duration WITHIN = Duration.ofSeconds(90);
    private static final String SECRET = "whsec-0123456789abcdef";
    private static final String DINGTALK_SECRET = "SEC0123456789abcdef0123456789";
    private static final String CHANNEL = "square";

    @Test
    void deliversExactlyOnceAfterRetriesAndDeadLettersWhatNeverGoesThrough() throws Exception {
        Path work = TestPaths.workDir("webhook");
        Map<String, AtomicInteger> flakyCounts = new ConcurrentHashMap<>();
        AtomicInteger brokenStatus = new AtomicInteger(500);
        int port = TestPaths.freePort();
        try (WebhookReceiver flaky = WebhookReceiver.start(WebhookReceiver.failingFirst(2, flakyCounts));
             WebhookReceiver silent = WebhookReceiver.start(request -> null);
             WebhookReceiver broken = WebhookReceiver.start(request -> new Answer(brokenStatus.get(), "boom"));
             WebhookReceiver wecom = WebhookReceiver.start(request -> new Answer(200, "{\"errcode\":0,\"errmsg\":\"ok\"}"));
             WebhookReceiver dingtalk = WebhookReceiver.start(WebhookDeliveryIT::dingTalkRobot);
             JarServer server = JarServer.start(work, "server", port, """
                     delivery:
                       publicUrl: "http://127.0.0.1:%d"
                       pollInterval: 200ms
                       retry: {maxAttempts: 3, initialDelay: 200ms, maxDelay: 1s, jitter: 0.2}
                       webhook: {timeout: 1s}
                     """.formatted(port))) {
            Api api = server.api;
            subscribe(api, "flaky", "webhook-generic", flaky.url("/hook"), SECRET);
            subscribe(api, "silent", "webhook-generic", silent.url("/hook"), SECRET);
            subscribe(api, "broken", "webhook-generic", broken.url("/hook"), SECRET);
            subscribe(api, "wecom", "webhook-wecom", wecom.url("/cgi-bin/webhook/send?key=robot-key"), null);
            subscribe(api, "dingtalk", "webhook-dingtalk", dingtalk.url("/robot/send?access_token=tok"),
                    DINGTALK_SECRET);
            api.call("POST", "/api/v1/channels", DemoChannel.json(CHANNEL, 2, "2s"), 201);
            ItSupport.await(WITHIN, () -> alertIds(api).size() >= 2, () -> "fewer than 2 alerts");
            api.call("DELETE", "/api/v1/channels/" + CHANNEL, null, 204);
            ItSupport.await(WITHIN, () -> api.deliveries("PENDING") + api.deliveries("SENDING") == 0,
                    () -> "deliveries still waiting");
            Set<String> alerts = alertIds(api);

            checkFlaky(flaky.requests(), alerts);
            checkDead(api, alerts, silent, broken);
            checkRobots(wecom.requests(), dingtalk.requests(), alerts);

            brokenStatus.set(204);
            JsonNode dead = api.get("/api/v1/deliveries?state=DEAD&subscription=broken&limit=1")
                    .path("deliveries").get(0);
            api.call("POST", "/api/v1/deliveries/" + dead.path("id").asText() + "/retry", null, 200);
            ItSupport.await(Duration.ofSeconds(20), () -> "DELIVERED".equals(api.get("/api/v1/deliveries/"
                    + dead.path("id").asText()).path("state").asText()), () -> "the retried dead letter not delivered");
        }
    }

    private static void subscribe(Api api, String id, String channel, String url, String secret) {
        api.call("POST", "/api/v1/subscriptions", "{\"id\": \"" + id + "\", \"channel\": \"" + channel + "\", "
                + "\"url\": \"" + url + "\"" + (secret == null ? "" : ", \"secret\": \"" + secret + "\"") + "}", 201);
    }

    /** Two failures then one success per message; every attempt signed and keyed alike. */
    private static void checkFlaky(List<Request> requests, Set<String> alerts) throws Exception {
        Map<String, List<Request>> byKey = requests.stream()
                .collect(Collectors.groupingBy(r -> r.header("X-Xueliang-Idempotency-Key")));
        assertThat(byKey.keySet()).containsExactlyInAnyOrderElementsOf(
                alerts.stream().map(id -> id + ":flaky:alert").toList());
        for (Map.Entry<String, List<Request>> message : byKey.entrySet()) {
            assertThat(message.getValue()).extracting(Request::answeredWith).as(message.getKey())
                    .containsExactly(503, 503, 200);
            for (Request attempt : message.getValue()) {
                assertThat(attempt.header("X-Xueliang-Signature")).isEqualTo("sha256=" + hmacHex(SECRET, attempt.body()));
                assertThat(attempt.header("X-Xueliang-Timestamp")).matches("\\d{10}");
                assertThat(attempt.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
                JsonNode payload = Api.parse(attempt.text());
                assertThat(payload.path("idempotencyKey").asText()).isEqualTo(message.getKey());
                assertThat(payload.path("alert").path("channelId").asText()).isEqualTo(CHANNEL);
            }
        }
    }

    private static void checkDead(Api api, Set<String> alerts, WebhookReceiver silent, WebhookReceiver broken) {
        for (String subscription : List.of("silent", "broken")) {
            List<JsonNode> dead = api.all("/api/v1/deliveries?state=DEAD&subscription=" + subscription, "deliveries");
            assertThat(dead).extracting(d -> d.path("alertId").asText()).as(subscription)
                    .containsExactlyInAnyOrderElementsOf(alerts);
            assertThat(dead).allSatisfy(d -> assertThat(d.path("attempts").asInt()).isEqualTo(3));
            String expected = subscription.equals("silent") ? "no answer from " + silent.url("/hook") + " within 1000 ms"
                    : "HTTP 500: boom from " + broken.url("/hook");
            assertThat(dead).allSatisfy(d -> assertThat(d.path("lastError").asText()).isEqualTo(expected));
        }
        assertThat(silent.requests()).hasSize(3 * alerts.size());
        assertThat(broken.requests()).hasSize(3 * alerts.size());
    }

    private static void checkRobots(List<Request> wecom, List<Request> dingtalk, Set<String> alerts)
            throws Exception {
        assertThat(wecom).hasSize(alerts.size());
        assertThat(dingtalk).hasSize(alerts.size());
        HttpClient http = HttpClient.newHttpClient();
        for (Request request : wecom) {
            JsonNode body = Api.parse(request.text());
            assertThat(body.path("msgtype").asText()).isEqualTo("markdown");
            String content = body.path("markdown").path("content").asText();
            assertThat(content).startsWith("### 【告警】ZONE_INTRUSION " + CHANNEL);
            String link = content.replaceAll("(?s).*\\[查看快照]\\(([^)]+)\\).*", "$1");
            HttpResponse<byte[]> snapshot = http.send(HttpRequest.newBuilder(URI.create(link)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(snapshot.statusCode()).as("snapshot link %s without a token", link).isEqualTo(200);
            assertThat(snapshot.headers().firstValue("Content-Type")).contains("image/jpeg");
            assertThat(snapshot.body()[0]).isEqualTo((byte) 0xff);
        }
        for (Request request : dingtalk) {
            assertThat(request.answeredWith()).isEqualTo(200);
            JsonNode markdown = Api.parse(request.text()).path("markdown");
            assertThat(markdown.path("title").asText()).isEqualTo("【告警】ZONE_INTRUSION " + CHANNEL);
            assertThat(markdown.path("text").asText()).contains("[查看快照](http://127.0.0.1:");
        }
    }

    /** Answers like a signed DingTalk robot: errcode 310000 unless the timestamp and sign match. */
    private static Answer dingTalkRobot(Request request) {
        Map<String, String> query = Map.of();
        if (request.query() != null) {
            query = java.util.Arrays.stream(request.query().split("&")).map(pair -> pair.split("=", 2))
                    .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
        }
        String timestamp = query.getOrDefault("timestamp", "");
        String expected;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(DINGTALK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            expected = java.util.Base64.getEncoder().encodeToString(
                    mac.doFinal((timestamp + "\n" + DINGTALK_SECRET).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        boolean valid = "tok".equals(query.get("access_token")) && expected.equals(query.get("sign"));
        return new Answer(200, valid ? "{\"errcode\":0,\"errmsg\":\"ok\"}" : "{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
    }

    private static String hmacHex(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static Set<String> alertIds(Api api) {
        return api.all("/api/v1/alerts?channel=" + CHANNEL, "alerts").stream().map(a -> a.path("id").asText())
                .collect(Collectors.toSet());
    }
}
