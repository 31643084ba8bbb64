package org.xueliang.alerts.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.tracks.Track;
import org.xueliang.alerts.tracks.TrackQuery;
import org.xueliang.alerts.tracks.TrackStore;

/**
 * Handlers of {@code /api/v1/tracks}, the search of structured track records: one method per
 * route. A duty officer sees the tracks of his jurisdiction's channels only, as with alerts; a
 * track outside his scope reads as missing.
 */
final class TrackHandlers {
    private final TrackStore store;
    private final Blocking blocking;
    private final WorkflowApi workflow;

    /** @param workflow the jurisdictions that scope duty officers; null for an API without users */
    TrackHandlers(TrackStore store, Blocking blocking, WorkflowApi workflow) {
        this.store = store;
        this.blocking = blocking;
        this.workflow = workflow;
    }

    void list(RoutingContext ctx) {
        TrackQuery query = TrackQueryParams.read(ctx.queryParams());
        AlertScope scope = scope(ctx);
        blocking.call(() -> store.query(query.within(scope.channels())))
                .onSuccess(page -> Responses.json(ctx, 200, TrackJson.page(page)))
                .onFailure(ctx::fail);
    }

    void get(RoutingContext ctx) {
        long id = id(ctx);
        AlertScope scope = scope(ctx);
        blocking.call(() -> TrackJson.track(visible(id, scope)))
                .onSuccess(json -> Responses.json(ctx, 200, json))
                .onFailure(ctx::fail);
    }

    void snapshot(RoutingContext ctx) {
        long id = id(ctx);
        AlertScope scope = scope(ctx);
        blocking.call(() -> {
            visible(id, scope);
            return store.snapshot(id).orElseThrow(() -> new NotFoundException("track " + id + " has no snapshot"));
        }).onSuccess(jpeg -> ctx.response()
                        .putHeader("Content-Type", "image/jpeg")
                        // a track is finished when stored: its best view never changes
                        .putHeader("Cache-Control", "private, max-age=86400")
                        .end(Buffer.buffer(jpeg)))
                .onFailure(ctx::fail);
    }

    /** Called on a store thread: the track, unless it does not exist or lies outside the scope. */
    private Track visible(long id, AlertScope scope) {
        return store.find(id)
                .filter(track -> scope.channels() == null || scope.channels().contains(track.channelId()))
                .orElseThrow(() -> new NotFoundException("track " + id + " not found"));
    }

    /** @throws InvalidRequestException when the id is not a whole number of at least 1 */
    private static long id(RoutingContext ctx) {
        String text = ctx.pathParam("id");
        try {
            long id = Long.parseLong(text);
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below, like zero
        }
        throw new InvalidRequestException("invalid path parameter", new FieldError("id",
                "must be a track id, a whole number of at least 1, got " + QueryParamReader.quote(text)));
    }

    private AlertScope scope(RoutingContext ctx) {
        return workflow == null ? AlertScope.ALL
                : AlertScope.of(Access.principal(ctx), workflow.jurisdictions().directory());
    }
}
