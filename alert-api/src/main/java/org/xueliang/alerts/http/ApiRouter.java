package org.xueliang.alerts.http;

import static io.vertx.core.http.HttpMethod.DELETE;
import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;
import static io.vertx.core.http.HttpMethod.PUT;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Set;
import org.xueliang.alerts.delivery.SnapshotLinks;

/** Builds the API's router: every route of the server is declared here. */
public final class ApiRouter {
    /** Prefix of every authenticated route. */
    public static final String API = "/api/v1";
    /** The WebSocket route, which also takes its token as a query parameter. */
    public static final String STREAM = API + "/alerts/stream";
    /** The GB28181 device registry. */
    public static final String GB_DEVICES = API + "/gb/devices";
    /** The WebSocket of deliveries to websocket subscriptions; its token may come as a query parameter too. */
    public static final String DELIVERY_STREAM = API + "/deliveries/stream";
    /** The search of structured track records. */
    public static final String TRACKS = API + "/tracks";

    private ApiRouter() {
    }

    public static Router create(Vertx vertx, ApiConfig config, ApiServices services) {
        Blocking blocking = new Blocking(services.storeExecutor());
        ChannelHandlers channels = new ChannelHandlers(services.channels(), services.specReader(), blocking);
        WorkflowApi workflow = services.workflow();
        AlertHandlers alerts = new AlertHandlers(services.alerts(), blocking, services.clock(), workflow);
        OpsHandlers ops = new OpsHandlers(services.channels(), services.metrics(), blocking);
        AlertStreamHandler stream = workflow == null ? new AlertStreamHandler(services.stream())
                : new AlertStreamHandler(workflow.streams());
        ProblemHandler problems = new ProblemHandler(config.bodyLimitBytes());
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(config.bodyLimitBytes());

        Router router = Router.router(vertx);
        router.route().failureHandler(problems);
        router.errorHandler(404, problems);
        router.errorHandler(405, problems);

        ConsoleFiles.register(router);
        router.get("/healthz").handler(ops::healthz);
        router.get("/metrics").handler(ops::metrics);

        if (workflow != null) {
            // the one open API route: it is how a user gets a token
            UserHandlers login = new UserHandlers(workflow.accounts(), blocking);
            router.post(WorkflowRoutes.LOGIN).handler(bodies).handler(login::login);
        }
        // authentication comes before any body is buffered: strangers cannot make the server read 64 KiB
        router.route(API + "/*").handler(new BearerAuthHandler(config.tokens(), Set.of(STREAM, DELIVERY_STREAM),
                workflow == null ? null : workflow.accounts(), blocking));
        WorkflowRoutes.gates(router);

        Access.staffRoute(router, GET, API + "/channels").handler(channels::list);
        Access.adminRoute(router, POST, API + "/channels").handler(bodies).handler(channels::create);
        Access.staffRoute(router, GET, API + "/channels/:id").handler(channels::get);
        Access.adminRoute(router, PUT, API + "/channels/:id").handler(bodies).handler(channels::replace);
        Access.adminRoute(router, DELETE, API + "/channels/:id").handler(channels::delete);
        Access.staffRoute(router, GET, API + "/channels/:id/health").handler(channels::health);

        router.get(STREAM).handler(stream::connect);
        router.get(API + "/alerts").handler(alerts::list);
        router.get(API + "/alerts/:id").handler(alerts::get);
        router.get(API + "/alerts/:id/snapshot").handler(alerts::snapshot);
        router.post(API + "/alerts/:id/acknowledge").handler(bodies).handler(alerts::acknowledge);
        gbRoutes(router, services, blocking, bodies);
        if (workflow != null) {
            WorkflowRoutes.register(router, services, blocking, bodies);
        }
        if (services.delivery() != null) {
            deliveryRoutes(router, services, blocking, bodies);
        }
        if (services.tracks() != null) {
            trackRoutes(router, services, blocking);
        }
        if (services.console() != null) {
            ConsoleRoutes.register(router, services, blocking, bodies);
        }
        return router;
    }

    private static void gbRoutes(Router router, ApiServices services, Blocking blocking, BodyHandler bodies) {
        GbDeviceHandlers devices = new GbDeviceHandlers(services.gbDevices(), services.channels(),
                services.specReader(), blocking);
        GbControlHandlers control = new GbControlHandlers(services.gbGateway());
        Access.staffRoute(router, GET, GB_DEVICES).handler(devices::list);
        Access.staffRoute(router, GET, GB_DEVICES + "/:deviceId").handler(devices::get);
        Access.staffRoute(router, GET, GB_DEVICES + "/:deviceId/channels").handler(devices::channels);
        Access.staffRoute(router, POST, GB_DEVICES + "/:deviceId/catalog").handler(control::catalog);
        Access.staffRoute(router, GET, GB_DEVICES + "/:deviceId/info").handler(control::info);
        Access.staffRoute(router, GET, GB_DEVICES + "/:deviceId/status").handler(control::status);
        Access.staffRoute(router, POST, GB_DEVICES + "/:deviceId/channels/:channelId/ptz").handler(bodies)
                .handler(control::ptz);
        Access.adminRoute(router, POST, GB_DEVICES + "/:deviceId/channels/:channelId/adopt").handler(bodies)
                .handler(devices::adopt);
    }

    /** Open to duty officers like the alerts: they see the tracks of their jurisdiction's channels only. */
    private static void trackRoutes(Router router, ApiServices services, Blocking blocking) {
        TrackHandlers tracks = new TrackHandlers(services.tracks(), blocking, services.workflow());
        router.get(TRACKS).handler(tracks::list);
        router.get(TRACKS + "/:id").handler(tracks::get);
        router.get(TRACKS + "/:id/snapshot").handler(tracks::snapshot);
    }

    private static void deliveryRoutes(Router router, ApiServices services, Blocking blocking, BodyHandler bodies) {
        SubscriptionHandlers subscriptions = new SubscriptionHandlers(services.delivery().subscriptions(),
                services.delivery().mqttConfigured(), blocking);
        DeliveryHandlers deliveries = new DeliveryHandlers(services.delivery(), services.alerts(), blocking,
                services.clock());
        AlertStreamHandler stream = new AlertStreamHandler(services.delivery().stream());
        // open: the signature in the query is the credential, for people opening a robot message's link
        router.get(SnapshotLinks.PATH + ":id").handler(deliveries::signedSnapshot);
        router.get(API + "/subscriptions").handler(subscriptions::list);
        router.post(API + "/subscriptions").handler(bodies).handler(subscriptions::create);
        router.get(API + "/subscriptions/:id").handler(subscriptions::get);
        router.put(API + "/subscriptions/:id").handler(bodies).handler(subscriptions::replace);
        router.delete(API + "/subscriptions/:id").handler(subscriptions::delete);
        router.get(DELIVERY_STREAM).handler(stream::connect);
        router.get(API + "/deliveries").handler(deliveries::list);
        router.get(API + "/deliveries/:id").handler(deliveries::get);
        router.post(API + "/deliveries/:id/retry").handler(deliveries::retry);
    }
}
