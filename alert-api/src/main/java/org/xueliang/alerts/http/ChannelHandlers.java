package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channels.ChannelRegistry;
import org.xueliang.alerts.store.StoredChannel;

/** Handlers of {@code /api/v1/channels}: one method per route. */
final class ChannelHandlers {
    private final ChannelRegistry registry;
    private final ChannelSpecReader reader;
    private final Blocking blocking;

    ChannelHandlers(ChannelRegistry registry, ChannelSpecReader reader, Blocking blocking) {
        this.registry = registry;
        this.reader = reader;
        this.blocking = blocking;
    }

    void list(RoutingContext ctx) {
        blocking.call(registry::list).onSuccess(channels -> {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            ArrayNode list = body.putArray("channels");
            channels.forEach(channel -> list.add(json(channel)));
            Responses.json(ctx, 200, body);
        }).onFailure(ctx::fail);
    }

    void create(RoutingContext ctx) {
        JsonNode body = JsonBody.read(ctx);
        blocking.call(() -> registry.create(reader.readBody(body))).onSuccess(channel -> {
            ctx.response().putHeader("Location", ApiRouter.API + "/channels/" + channel.id());
            Responses.json(ctx, 201, json(channel));
        }).onFailure(ctx::fail);
    }

    void get(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        blocking.call(() -> registry.get(id))
                .onSuccess(channel -> Responses.json(ctx, 200, json(channel)))
                .onFailure(ctx::fail);
    }

    void replace(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        JsonNode body = JsonBody.read(ctx);
        blocking.call(() -> registry.replace(sameId(id, reader.readBody(body))))
                .onSuccess(channel -> Responses.json(ctx, 200, json(channel)))
                .onFailure(ctx::fail);
    }

    void delete(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        blocking.call(() -> {
            registry.delete(id);
            return null;
        }).onSuccess(ignored -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
    }

    void health(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        blocking.call(() -> registry.get(id))
                .onSuccess(channel -> Responses.json(ctx, 200, ChannelJson.health(id, registry.health(id),
                        registry.videoQuality(id))))
                .onFailure(ctx::fail);
    }

    private ObjectNode json(StoredChannel channel) {
        return ChannelJson.channel(channel, registry.health(channel.id()), registry.videoQuality(channel.id()));
    }

    private static ChannelSpec sameId(String pathId, ChannelSpec spec) {
        if (!spec.id().equals(pathId)) {
            throw new InvalidRequestException("invalid channel specification", new FieldError("id",
                    "must equal the channel id in the path \"" + pathId + "\", got \"" + spec.id() + "\""));
        }
        return spec;
    }
}
