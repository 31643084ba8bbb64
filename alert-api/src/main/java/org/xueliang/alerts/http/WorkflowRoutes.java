package org.xueliang.alerts.http;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/** The routes of the alert workflow, jurisdictions, sites, users and tokens, with their role gates. */
final class WorkflowRoutes {
    static final String API = ApiRouter.API;
    /** The open route that trades a name and password for a token. */
    static final String LOGIN = API + "/auth/login";
    /** A jurisdiction import: a county's tree as CSV is well under 1 MiB. */
    static final int IMPORT_BODY_LIMIT = 1024 * 1024;
    /** A resolution with a base64 photo of up to {@link StepBodies#MAX_PHOTO_BYTES}. */
    static final int RESOLVE_BODY_LIMIT = 12 * 1024 * 1024;

    private WorkflowRoutes() {
    }

    /**
     * Gates of route families registered elsewhere (delivery): reading is for staff, changing for
     * admins. Registered right after authentication, so they run before those routes' handlers.
     */
    static void gates(Router router) {
        router.route(API + "/subscriptions*").handler(WorkflowRoutes::configuration);
        router.route(API + "/deliveries*").handler(ctx -> {
            // websocket subscriptions may be anybody's, duty officers' consoles included
            if (ctx.normalizedPath().equals(ApiRouter.DELIVERY_STREAM)) {
                ctx.next();
            } else {
                Access.staff().handle(ctx);
            }
        });
    }

    private static void configuration(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        (method == HttpMethod.GET || method == HttpMethod.HEAD ? Access.staff() : Access.admin()).handle(ctx);
    }

    static void register(Router router, ApiServices services, Blocking blocking, BodyHandler bodies) {
        WorkflowApi api = services.workflow();
        alertRoutes(router, new WorkflowHandlers(api, services.alerts(), blocking, services.clock()), bodies);
        jurisdictionRoutes(router, new JurisdictionHandlers(api.jurisdictions(), blocking), bodies);
        userRoutes(router, new UserHandlers(api.accounts(), blocking), bodies);
    }

    private static void alertRoutes(Router router, WorkflowHandlers workflow, BodyHandler bodies) {
        router.post(API + "/alerts/:id/dispatch").handler(bodies).handler(workflow::dispatch);
        router.post(API + "/alerts/:id/resolve").handler(limit(RESOLVE_BODY_LIMIT)).handler(workflow::resolve);
        router.post(API + "/alerts/:id/close").handler(bodies).handler(workflow::close);
        router.post(API + "/alerts/:id/dismiss").handler(bodies).handler(workflow::dismiss);
        router.get(API + "/alerts/:id/photo").handler(workflow::photo);
        router.get(API + "/stats/dismissed").handler(workflow::dismissed);
    }

    private static void jurisdictionRoutes(Router router, JurisdictionHandlers handlers, BodyHandler bodies) {
        String jurisdictions = API + "/jurisdictions";
        Access.staffRoute(router, GET, jurisdictions).handler(handlers::list);
        Access.adminRoute(router, POST, jurisdictions).handler(bodies).handler(handlers::create);
        // before /:code, which would otherwise take "import" for a code
        Access.adminRoute(router, POST, jurisdictions + "/import").handler(limit(IMPORT_BODY_LIMIT))
                .handler(handlers::importRows);
        Access.staffRoute(router, GET, jurisdictions + "/:code").handler(handlers::get);
        Access.adminRoute(router, PUT, jurisdictions + "/:code").handler(bodies).handler(handlers::replace);
        Access.adminRoute(router, DELETE, jurisdictions + "/:code").handler(handlers::delete);
        String sites = API + "/sites";
        Access.staffRoute(router, GET, sites).handler(handlers::sites);
        Access.adminRoute(router, POST, sites).handler(bodies).handler(handlers::createSite);
        Access.staffRoute(router, GET, sites + "/:code").handler(handlers::site);
        Access.adminRoute(router, PUT, sites + "/:code").handler(bodies).handler(handlers::replaceSite);
        Access.adminRoute(router, DELETE, sites + "/:code").handler(handlers::deleteSite);
        String assignment = API + "/channels/:id/assignment";
        Access.staffRoute(router, GET, assignment).handler(handlers::assignment);
        Access.adminRoute(router, PUT, assignment).handler(bodies).handler(handlers::assign);
        Access.adminRoute(router, DELETE, assignment).handler(handlers::unassign);
    }

    private static void userRoutes(Router router, UserHandlers users, BodyHandler bodies) {
        router.get(API + "/auth/me").handler(users::me);
        String path = API + "/users";
        Access.adminRoute(router, GET, path).handler(users::list);
        Access.adminRoute(router, POST, path).handler(bodies).handler(users::create);
        Access.adminRoute(router, GET, path + "/:name").handler(users::get);
        Access.adminRoute(router, PUT, path + "/:name").handler(bodies).handler(users::replace);
        Access.adminRoute(router, DELETE, path + "/:name").handler(users::delete);
        Access.adminRoute(router, GET, path + "/:name/tokens").handler(users::tokens);
        Access.adminRoute(router, POST, path + "/:name/tokens").handler(bodies).handler(users::issueToken);
        Access.adminRoute(router, DELETE, path + "/:name/tokens/:tokenId").handler(users::revokeToken);
    }

    /** A body handler with its own limit, which the 413 problem then names. */
    private static Handler<RoutingContext> limit(int bytes) {
        BodyHandler handler = BodyHandler.create(false).setBodyLimit(bytes);
        return ctx -> {
            ctx.put(ProblemHandler.BODY_LIMIT, bytes);
            handler.handle(ctx);
        };
    }
}
