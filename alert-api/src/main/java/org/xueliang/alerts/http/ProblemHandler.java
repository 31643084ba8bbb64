package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.channel.InvalidSpecException;
import org.xueliang.alerts.delivery.DeliveryNotFoundException;
import org.xueliang.alerts.delivery.DeliveryStateConflictException;
import org.xueliang.alerts.delivery.DuplicateSubscriptionException;
import org.xueliang.alerts.delivery.SubscriptionNotFoundException;
import org.xueliang.alerts.gb.GbChannelNotFoundException;
import org.xueliang.alerts.gb.GbDeviceNotFoundException;
import org.xueliang.alerts.gb.GbDeviceOfflineException;
import org.xueliang.alerts.gb.GbDeviceTimeoutException;
import org.xueliang.alerts.gb.GbGatewayDisabledException;
import org.xueliang.alerts.gb.GbGatewayException;
import org.xueliang.alerts.store.AlertNotFoundException;
import org.xueliang.alerts.store.AlertStateConflictException;
import org.xueliang.alerts.store.ChannelNotFoundException;
import org.xueliang.alerts.store.DuplicateChannelException;
import org.xueliang.alerts.store.StoreBusyException;

/** The one place that turns failures into problem responses. */
final class ProblemHandler implements Handler<RoutingContext> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    /** Where a route with a body limit of its own leaves it, for the 413 problem. */
    static final String BODY_LIMIT = "xl.bodyLimit";

    private final int bodyLimitBytes;

    ProblemHandler(int bodyLimitBytes) {
        this.bodyLimitBytes = bodyLimitBytes;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        ObjectNode problem = failure == null ? forStatus(ctx.statusCode(), bodyLimit(ctx)) : forException(ctx, failure);
        if (problem.get("status").asInt() == 401) {
            boolean given = failure instanceof UnauthorizedException denied && denied.tokenGiven();
            ctx.response().putHeader("WWW-Authenticate",
                    given ? "Bearer realm=\"xueliang\", error=\"invalid_token\"" : "Bearer realm=\"xueliang\"");
        }
        Problems.send(ctx, problem);
    }

    private int bodyLimit(RoutingContext ctx) {
        Integer routeLimit = ctx.get(BODY_LIMIT);
        return routeLimit == null ? bodyLimitBytes : routeLimit;
    }

    /** Failures without an exception: the router's own (404, 405) and the body handler's 413. */
    static ObjectNode forStatus(int status, int bodyLimitBytes) {
        return switch (status) {
            case 404 -> Problems.problem(404, "not found", "no such resource");
            case 405 -> Problems.problem(405, "method not allowed", "this resource does not support the method");
            case 413 -> Problems.problem(413, "request body too large",
                    "request body must be at most " + bodyLimitBytes + " bytes");
            case 400 -> Problems.problem(400, "bad request", (String) null);
            default -> Problems.problem(status < 400 ? 500 : status, "request failed", (String) null);
        };
    }

    /** A device request that failed: the device is offline, silent, or the gateway is switched off. */
    private static ObjectNode gatewayProblem(GbGatewayException e) {
        if (e instanceof GbDeviceOfflineException) {
            return Problems.problem(409, "device offline", e.getMessage());
        } else if (e instanceof GbDeviceTimeoutException) {
            return Problems.problem(504, "device did not answer", e.getMessage());
        } else if (e instanceof GbGatewayDisabledException) {
            return Problems.problem(503, "GB28181 gateway disabled", e.getMessage());
        }
        return Problems.problem(502, "device request failed", e.getMessage());
    }

    private ObjectNode forException(RoutingContext ctx, Throwable failure) {
        ObjectNode workflow = WorkflowProblems.of(failure);
        if (workflow != null) {
            return workflow;
        }
        ObjectNode console = ConsoleProblems.of(failure);
        if (console != null) {
            return console;
        }
        if (failure instanceof InvalidRequestException e) {
            return Problems.problem(400, e.title(), e.errors());
        } else if (failure instanceof InvalidSpecException e) {
            return Problems.problem(400, "invalid channel specification", e.errors());
        } else if (failure instanceof UnauthorizedException e) {
            return Problems.problem(401, "unauthorized", e.getMessage());
        } else if (failure instanceof AlertNotFoundException || failure instanceof ChannelNotFoundException
                || failure instanceof NotFoundException || failure instanceof GbDeviceNotFoundException
                || failure instanceof GbChannelNotFoundException) {
            return Problems.problem(404, "not found", failure.getMessage());
        } else if (failure instanceof DuplicateChannelException e) {
            return Problems.problem(409, "channel exists", e.getMessage());
        } else if (failure instanceof SubscriptionNotFoundException || failure instanceof DeliveryNotFoundException) {
            return Problems.problem(404, "not found", failure.getMessage());
        } else if (failure instanceof DuplicateSubscriptionException e) {
            return Problems.problem(409, "subscription exists", e.getMessage());
        } else if (failure instanceof DeliveryStateConflictException e) {
            ObjectNode problem = Problems.problem(409, "delivery state conflict", e.getMessage());
            problem.put("state", e.current().state().name());
            return problem;
        } else if (failure instanceof AlertStateConflictException e) {
            ObjectNode problem = Problems.problem(409, "alert state conflict", e.getMessage());
            problem.put("state", e.current().state().name());
            problem.set("allowed", WorkflowProblems.allowed(e.current().state()));
            problem.set("alert", AlertJson.alert(e.current()));
            return problem;
        } else if (failure instanceof UnsupportedMediaTypeException e) {
            return Problems.problem(415, "unsupported media type", e.getMessage());
        } else if (failure instanceof GbGatewayException e) {
            return gatewayProblem(e);
        } else if (failure instanceof StoreBusyException e) {
            ctx.response().putHeader("Retry-After", "1");
            return Problems.problem(503, "store busy", e.getMessage());
        } else if (ctx.statusCode() == 413) {
            return forStatus(413, bodyLimit(ctx));
        }
        LOG.error("{} {} failed", ctx.request().method(), ctx.normalizedPath(), failure);
        return Problems.problem(500, "internal error", "the server failed; see its log");
    }
}
