package org.xueliang.alerts.http;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Set;

/** Builds the API's router: every route of the server is declared here. */
public final class ApiRouter {
    /** Prefix of every authenticated route. */
    public static final String API = "/api/v1";
    /** The WebSocket route, which also takes its token as a query parameter. */
    public static final String STREAM = API + "/alerts/stream";
    /** The GB28181 device registry. */
    public static final String GB_DEVICES = API + "/gb/devices";

    private ApiRouter() {
    }

    public static Router create(Vertx vertx, ApiConfig config, ApiServices services) {
        Blocking blocking = new Blocking(services.storeExecutor());
        ChannelHandlers channels = new ChannelHandlers(services.channels(), services.specReader(), blocking);
        AlertHandlers alerts = new AlertHandlers(services.alerts(), blocking, services.clock());
        OpsHandlers ops = new OpsHandlers(services.channels(), services.metrics(), blocking);
        AlertStreamHandler stream = new AlertStreamHandler(services.stream());
        ProblemHandler problems = new ProblemHandler(config.bodyLimitBytes());
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(config.bodyLimitBytes());

        Router router = Router.router(vertx);
        router.route().failureHandler(problems);
        router.errorHandler(404, problems);
        router.errorHandler(405, problems);

        router.get("/").handler(ops::console);
        router.get("/healthz").handler(ops::healthz);
        router.get("/metrics").handler(ops::metrics);

        // authentication comes before any body is buffered: strangers cannot make the server read 64 KiB
        router.route(API + "/*").handler(new BearerAuthHandler(config.tokens(), Set.of(STREAM)));

        router.get(API + "/channels").handler(channels::list);
        router.post(API + "/channels").handler(bodies).handler(channels::create);
        router.get(API + "/channels/:id").handler(channels::get);
        router.put(API + "/channels/:id").handler(bodies).handler(channels::replace);
        router.delete(API + "/channels/:id").handler(channels::delete);
        router.get(API + "/channels/:id/health").handler(channels::health);

        router.get(STREAM).handler(stream::connect);
        router.get(API + "/alerts").handler(alerts::list);
        router.get(API + "/alerts/:id").handler(alerts::get);
        router.get(API + "/alerts/:id/snapshot").handler(alerts::snapshot);
        router.post(API + "/alerts/:id/acknowledge").handler(bodies).handler(alerts::acknowledge);
        gbRoutes(router, services, blocking, bodies);
        return router;
    }

    private static void gbRoutes(Router router, ApiServices services, Blocking blocking, BodyHandler bodies) {
        GbDeviceHandlers devices = new GbDeviceHandlers(services.gbDevices(), services.channels(),
                services.specReader(), blocking);
        GbControlHandlers control = new GbControlHandlers(services.gbGateway());
        router.get(GB_DEVICES).handler(devices::list);
        router.get(GB_DEVICES + "/:deviceId").handler(devices::get);
        router.get(GB_DEVICES + "/:deviceId/channels").handler(devices::channels);
        router.post(GB_DEVICES + "/:deviceId/catalog").handler(control::catalog);
        router.get(GB_DEVICES + "/:deviceId/info").handler(control::info);
        router.get(GB_DEVICES + "/:deviceId/status").handler(control::status);
        router.post(GB_DEVICES + "/:deviceId/channels/:channelId/ptz").handler(bodies).handler(control::ptz);
        router.post(GB_DEVICES + "/:deviceId/channels/:channelId/adopt").handler(bodies).handler(devices::adopt);
    }
}
