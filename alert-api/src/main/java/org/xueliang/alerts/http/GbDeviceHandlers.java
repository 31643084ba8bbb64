package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.ext.web.RoutingContext;
import org.xueliang.alerts.channel.ChannelSpecReader;
import org.xueliang.alerts.channels.ChannelRegistry;
import org.xueliang.alerts.gb.GbChannel;
import org.xueliang.alerts.gb.GbChannelNotFoundException;
import org.xueliang.alerts.gb.GbDeviceNotFoundException;
import org.xueliang.alerts.gb.GbDeviceQuery;
import org.xueliang.alerts.gb.GbDeviceStore;

/**
 * Handlers of {@code /api/v1/gb/devices} that work on the stored registry: listing, inspecting,
 * and adopting a catalog channel as an analytics channel. One method per route.
 */
final class GbDeviceHandlers {
    private final GbDeviceStore store;
    private final ChannelRegistry registry;
    private final ChannelSpecReader reader;
    private final Blocking blocking;

    GbDeviceHandlers(GbDeviceStore store, ChannelRegistry registry, ChannelSpecReader reader, Blocking blocking) {
        this.store = store;
        this.registry = registry;
        this.reader = reader;
        this.blocking = blocking;
    }

    void list(RoutingContext ctx) {
        GbDeviceQuery query = GbDeviceQueryParams.read(ctx.queryParams());
        blocking.call(() -> store.list(query))
                .onSuccess(page -> Responses.json(ctx, 200, GbJson.page(page)))
                .onFailure(ctx::fail);
    }

    void get(RoutingContext ctx) {
        String id = GbPath.device(ctx).deviceId();
        blocking.call(() -> GbJson.device(store.find(id).orElseThrow(() -> new GbDeviceNotFoundException(id)),
                        store.channels(id)))
                .onSuccess(device -> Responses.json(ctx, 200, device))
                .onFailure(ctx::fail);
    }

    void channels(RoutingContext ctx) {
        String id = GbPath.device(ctx).deviceId();
        blocking.call(() -> store.channels(id)).onSuccess(channels -> {
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("deviceId", id);
            body.set("channels", GbJson.channels(channels));
            Responses.json(ctx, 200, body);
        }).onFailure(ctx::fail);
    }

    /** Creates (and so starts) an analytics channel with a gb28181 source for a catalog channel. */
    void adopt(RoutingContext ctx) {
        GbPath path = GbPath.channel(ctx);
        AdoptBody body = AdoptBody.read(JsonBody.read(ctx));
        blocking.call(() -> registry.create(reader.readBody(body.channelSpec(catalogChannel(path)))))
                .onSuccess(channel -> {
                    ctx.response().putHeader("Location", ApiRouter.API + "/channels/" + channel.id());
                    Responses.json(ctx, 201, ChannelJson.channel(channel, registry.health(channel.id()),
                            registry.videoQuality(channel.id())));
                }).onFailure(ctx::fail);
    }

    /** Called on a store thread: tells an unknown device from a channel missing in its catalog. */
    private GbChannel catalogChannel(GbPath path) {
        return store.findChannel(path.deviceId(), path.channelId()).orElseThrow(() ->
                store.find(path.deviceId()).isEmpty() ? new GbDeviceNotFoundException(path.deviceId())
                        : new GbChannelNotFoundException(path.deviceId(), path.channelId()));
    }
}
