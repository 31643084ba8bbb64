package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;
import org.xueliang.alerts.store.AlertNotFoundException;
import org.xueliang.alerts.store.AlertStore;
import org.xueliang.alerts.workflow.DismissedCount;
import org.xueliang.alerts.workflow.Step;

/** Handlers of the workflow steps after acknowledging, the resolution photo and the dismissal counts. */
final class WorkflowHandlers {
    private static final List<String> STATS_PARAMS = List.of("from", "to");

    private final WorkflowApi api;
    private final AlertStore alerts;
    private final Blocking blocking;
    private final Clock clock;

    WorkflowHandlers(WorkflowApi api, AlertStore alerts, Blocking blocking, Clock clock) {
        this.api = api;
        this.alerts = alerts;
        this.blocking = blocking;
        this.clock = clock;
    }

    void dispatch(RoutingContext ctx) {
        apply(ctx, body -> StepBodies.dispatch(body, clock.instant()));
    }

    void resolve(RoutingContext ctx) {
        apply(ctx, StepBodies::resolve);
    }

    void close(RoutingContext ctx) {
        apply(ctx, StepBodies::close);
    }

    void dismiss(RoutingContext ctx) {
        apply(ctx, StepBodies::dismiss);
    }

    private void apply(RoutingContext ctx, Function<JsonNode, Step> bodyReader) {
        String id = ctx.pathParam("id");
        Step step = bodyReader.apply(JsonBody.read(ctx));
        String actor = Access.principal(ctx).name();
        AlertScope scope = scope(ctx);
        blocking.call(() -> api.workflow().apply(id, step, actor, scope::allows))
                .onSuccess(alert -> Responses.json(ctx, 200, AlertJson.alert(alert)))
                .onFailure(ctx::fail);
    }

    void photo(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        AlertScope scope = scope(ctx);
        blocking.call(() -> {
            alerts.find(id).filter(scope::allows).orElseThrow(() -> new AlertNotFoundException(id));
            return api.queries().photo(id)
                    .orElseThrow(() -> new NotFoundException("alert \"" + id + "\" has no uploaded photo"));
        }).onSuccess(photo -> ctx.response()
                        .putHeader("Content-Type", photo.contentType())
                        .putHeader("Cache-Control", "private, max-age=86400, immutable")
                        .end(Buffer.buffer(photo.bytes())))
                .onFailure(ctx::fail);
    }

    /** {@code GET /api/v1/stats/dismissed?from=&to=}: event time window, within the caller's scope. */
    void dismissed(RoutingContext ctx) {
        List<FieldError> errors = new ArrayList<>();
        MultiMap params = ctx.queryParams();
        params.names().stream().filter(name -> !STATS_PARAMS.contains(name)).sorted().forEach(name ->
                errors.add(new FieldError(name, "unknown parameter, allowed: " + String.join(", ", STATS_PARAMS))));
        Instant from = instant(params, "from", errors);
        Instant to = instant(params, "to", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid query parameters", errors);
        }
        AlertScope scope = scope(ctx);
        blocking.call(() -> api.queries().dismissed(from, to, scope.channels()))
                .onSuccess(counts -> Responses.json(ctx, 200, counts(counts)))
                .onFailure(ctx::fail);
    }

    static Instant instant(MultiMap params, String name, List<FieldError> errors) {
        String text = params.get(name);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be " + StepBodies.INSTANT_EXAMPLE + ", got " + FieldReader.quote(text)));
            return null;
        }
    }

    private static ObjectNode counts(List<DismissedCount> counts) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("counts");
        counts.forEach(count -> list.addObject().put("channelId", count.channelId()).put("ruleId", count.ruleId())
                .put("dismissed", count.dismissed()).put("total", count.total()));
        return body;
    }

    private AlertScope scope(RoutingContext ctx) {
        return AlertScope.of(Access.principal(ctx), api.jurisdictions().directory());
    }
}
