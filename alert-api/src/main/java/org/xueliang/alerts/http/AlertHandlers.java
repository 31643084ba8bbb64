package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import org.xueliang.alerts.store.Acknowledgement;
import org.xueliang.alerts.store.Alert;
import org.xueliang.alerts.store.AlertNotFoundException;
import org.xueliang.alerts.store.AlertQuery;
import org.xueliang.alerts.store.AlertStore;
import org.xueliang.alerts.workflow.Step;

/**
 * Handlers of {@code /api/v1/alerts}: one method per route. Every route answers within the
 * caller's {@link AlertScope}: an alert outside it reads as missing.
 */
final class AlertHandlers {
    private final AlertStore store;
    private final Blocking blocking;
    private final Clock clock;
    private final WorkflowApi workflow;

    /** @param workflow steps and trails; null for an API that only acknowledges */
    AlertHandlers(AlertStore store, Blocking blocking, Clock clock, WorkflowApi workflow) {
        this.store = store;
        this.blocking = blocking;
        this.clock = clock;
        this.workflow = workflow;
    }

    void list(RoutingContext ctx) {
        AlertQuery query = AlertQueryParams.read(ctx.queryParams());
        AlertScope scope = scope(ctx);
        blocking.call(() -> store.list(query.within(scope.channels())))
                .onSuccess(page -> Responses.json(ctx, 200, AlertJson.page(page)))
                .onFailure(ctx::fail);
    }

    void get(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        AlertScope scope = scope(ctx);
        blocking.call(() -> {
            Alert alert = visible(id, scope);
            return workflow == null ? AlertJson.alert(alert)
                    : AlertJson.detail(alert, workflow.queries().trail(id), workflow.queries().resolution(id));
        }).onSuccess(json -> Responses.json(ctx, 200, json)).onFailure(ctx::fail);
    }

    void snapshot(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        AlertScope scope = scope(ctx);
        blocking.call(() -> {
            visible(id, scope);
            return store.snapshot(id).orElseThrow(() -> new NotFoundException("alert \"" + id + "\" has no snapshot"));
        }).onSuccess(jpeg -> ctx.response()
                        .putHeader("Content-Type", "image/jpeg")
                        // a snapshot is replaced only by a merged repeat, which a console learns from the stream
                        .putHeader("Cache-Control", "private, max-age=60")
                        .end(Buffer.buffer(jpeg)))
                .onFailure(ctx::fail);
    }

    void acknowledge(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        JsonNode body = JsonBody.read(ctx);
        Acknowledgement acknowledgement = AcknowledgeBody.read(body, clock.instant());
        if (workflow == null) {
            blocking.call(() -> store.acknowledge(id, acknowledgement))
                    .onSuccess(alert -> Responses.json(ctx, 200, AlertJson.alert(alert)))
                    .onFailure(ctx::fail);
            return;
        }
        String actor = Access.principal(ctx).name();
        AlertScope scope = scope(ctx);
        Step step = new Step.Acknowledge(acknowledgement.by(), acknowledgement.note());
        blocking.call(() -> workflow.workflow().apply(id, step, actor, scope::allows))
                .onSuccess(alert -> Responses.json(ctx, 200, AlertJson.alert(alert)))
                .onFailure(ctx::fail);
    }

    /** Called on a store thread: the alert, unless it does not exist or lies outside the scope. */
    private Alert visible(String id, AlertScope scope) {
        return store.find(id).filter(scope::allows).orElseThrow(() -> new AlertNotFoundException(id));
    }

    private AlertScope scope(RoutingContext ctx) {
        return workflow == null ? AlertScope.ALL
                : AlertScope.of(Access.principal(ctx), workflow.jurisdictions().directory());
    }
}
