package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.delivery.Subscription;
import org.xueliang.alerts.delivery.SubscriptionJson;
import org.xueliang.alerts.delivery.SubscriptionNotFoundException;
import org.xueliang.alerts.delivery.SubscriptionReader;
import org.xueliang.alerts.delivery.SubscriptionStore;

/** Handlers of {@code /api/v1/subscriptions}: one method per route; secrets are masked in every answer. */
final class SubscriptionHandlers {
    private static final String INVALID = "invalid subscription";

    private final SubscriptionStore store;
    private final SubscriptionReader reader;
    private final Blocking blocking;

    SubscriptionHandlers(SubscriptionStore store, boolean mqttConfigured, Blocking blocking) {
        this.store = store;
        this.reader = new SubscriptionReader(mqttConfigured);
        this.blocking = blocking;
    }

    void list(RoutingContext ctx) {
        blocking.call(store::list).onSuccess(subscriptions -> {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            ArrayNode list = body.putArray("subscriptions");
            subscriptions.forEach(subscription -> list.add(SubscriptionJson.toJson(subscription, true)));
            Responses.json(ctx, 200, body);
        }).onFailure(ctx::fail);
    }

    void create(RoutingContext ctx) {
        JsonNode body = JsonBody.read(ctx);
        Subscription subscription = read(body, null);
        blocking.call(() -> store.insert(subscription)).onSuccess(created -> {
            ctx.response().putHeader("Location", ApiRouter.API + "/subscriptions/" + created.id());
            Responses.json(ctx, 201, SubscriptionJson.toJson(created, true));
        }).onFailure(ctx::fail);
    }

    void get(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        blocking.call(() -> store.find(id).orElseThrow(() -> new SubscriptionNotFoundException(id)))
                .onSuccess(subscription -> Responses.json(ctx, 200, SubscriptionJson.toJson(subscription, true)))
                .onFailure(ctx::fail);
    }

    /** Replaces a subscription; a secret or URL sent back masked keeps the stored one. */
    void replace(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        JsonNode body = JsonBody.read(ctx);
        blocking.call(() -> {
            Subscription stored = store.find(id).orElseThrow(() -> new SubscriptionNotFoundException(id));
            return store.replace(sameId(id, read(body, stored)));
        }).onSuccess(replaced -> Responses.json(ctx, 200, SubscriptionJson.toJson(replaced, true)))
                .onFailure(ctx::fail);
    }

    void delete(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        blocking.call(() -> {
            store.delete(id);
            return null;
        }).onSuccess(ignored -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
    }

    private Subscription read(JsonNode body, Subscription stored) {
        List<FieldError> errors = new ArrayList<>();
        Subscription subscription = reader.read(body, stored, errors);
        if (subscription == null) {
            throw new InvalidRequestException(INVALID, errors);
        }
        return subscription;
    }

    private static Subscription sameId(String pathId, Subscription subscription) {
        if (!subscription.id().equals(pathId)) {
            throw new InvalidRequestException(INVALID, new FieldError("id",
                    "must equal the subscription id in the path \"" + pathId + "\", got \"" + subscription.id() + "\""));
        }
        return subscription;
    }
}
