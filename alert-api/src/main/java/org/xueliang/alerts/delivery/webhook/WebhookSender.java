package org.xueliang.alerts.delivery.webhook;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.xueliang.alerts.delivery.Delivery;
import org.xueliang.alerts.delivery.DeliveryFailedException;
import org.xueliang.alerts.delivery.DeliverySender;
import org.xueliang.alerts.delivery.SecretMask;
import org.xueliang.alerts.delivery.Subscription;

/** Posts webhook messages with the JDK's HTTP client; every request ends within the timeout. */
public final class WebhookSender implements DeliverySender {
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    public WebhookSender(Duration timeout, Clock clock) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        // HTTP/1.1: an h2c upgrade attempt confuses some receivers and robots gain nothing from HTTP/2
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public CompletableFuture<Void> send(Delivery delivery, Subscription subscription) {
        WebhookRequest request = WebhookRequest.of(delivery, subscription, clock.instant());
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(builder::header);
        String where = SecretMask.url(subscription.url());
        return http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString())
                .handle((response, error) -> {
                    if (error != null) {
                        throw new DeliveryFailedException(describe(error, where), error);
                    }
                    String problem = WebhookReply.problem(subscription.channel(), response.statusCode(), response.body());
                    if (problem != null) {
                        throw new DeliveryFailedException(problem + " from " + where);
                    }
                    return null;
                });
    }

    private String describe(Throwable error, String where) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpTimeoutException) {
            return "no answer from " + where + " within " + timeout.toMillis() + " ms";
        }
        return "POST " + where + " failed: " + cause;
    }
}
