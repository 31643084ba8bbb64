package org.xueliang.alerts.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.xueliang.alerts.auth.Principal;
import org.xueliang.alerts.auth.Role;

/**
 * Who is asking, as {@link BearerAuthHandler} found out, and the role gates of routes. A gate
 * runs before any body is read.
 */
final class Access {
    /** Where the principal is kept in the routing context. */
    static final String PRINCIPAL = "xl.principal";

    private Access() {
    }

    /** The principal of an authenticated request. */
    static Principal principal(RoutingContext ctx) {
        Principal principal = ctx.get(PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("no principal on " + ctx.normalizedPath() + ": route outside /api/v1?");
        }
        return principal;
    }

    /**
     * A route whose role gate runs before anything else of it, its body handler included. Vert.x
     * wants a body handler to come first in a route, so the gate is a route of its own that
     * passes on to the one returned.
     */
    static Route guarded(Router router, HttpMethod method, String path, Handler<RoutingContext> gate) {
        router.route(method, path).handler(gate);
        return router.route(method, path);
    }

    /** A route for admins only, gated before its body is read. */
    static Route adminRoute(Router router, HttpMethod method, String path) {
        return guarded(router, method, path, admin());
    }

    /** A route for admins and operators, gated before its body is read. */
    static Route staffRoute(Router router, HttpMethod method, String path) {
        return guarded(router, method, path, staff());
    }

    /** Configuration changes: admins only. */
    static Handler<RoutingContext> admin() {
        return only(Role.ADMIN);
    }

    /** Configuration and device reads, device control: admins and operators, not duty officers. */
    static Handler<RoutingContext> staff() {
        return only(Role.ADMIN, Role.OPERATOR);
    }

    private static Handler<RoutingContext> only(Role... roles) {
        List<Role> allowed = List.of(roles);
        String needed = Arrays.stream(roles).map(Role::wireName).collect(Collectors.joining(" or "));
        return ctx -> {
            Principal principal = principal(ctx);
            if (allowed.contains(principal.role())) {
                ctx.next();
            } else {
                ctx.fail(new ForbiddenException("user \"" + principal.name() + "\" (" + principal.role().wireName()
                        + ") may not " + ctx.request().method() + " " + ctx.normalizedPath() + ": it needs role "
                        + needed));
            }
        };
    }
}
