package org.xueliang.alerts.http;

import static io.vertx.core.http.HttpMethod.GET;
import static io.vertx.core.http.HttpMethod.POST;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Set;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.console.ConsoleApi;

/**
 * The web console's routes: live and full-rate views, onboarding checks, statistics and the
 * user's video wall. Duty officers reach only their jurisdiction's channels and alerts.
 */
final class ConsoleRoutes {
    static final String API = ApiRouter.API;
    /** WebSocket routes, whose token may come as a query parameter; {@code *} stands for one path segment. */
    static final Set<String> QUERY_TOKEN_PATTERNS = Set.of(API + "/channels/*/live", API + "/channels/*/video");

    private ConsoleRoutes() {
    }

    static void register(Router router, ApiServices services, Blocking blocking, BodyHandler bodies) {
        ConsoleApi console = services.console();
        WorkflowApi workflow = services.workflow();
        ConsoleAccess access = new ConsoleAccess(services.channels(),
                workflow == null ? null : workflow.jurisdictions().directory());
        LiveHandler live = new LiveHandler(console.live(), access, blocking, services.clock());
        VideoHandler video = new VideoHandler(console.video(), access, blocking);
        OnboardingHandlers onboarding = new OnboardingHandlers(console.prober(), console.snapshots(),
                services.specReader(), access, blocking);
        StatsHandler stats = new StatsHandler(console.stats(), access, blocking, services.clock(), console.zone());
        LayoutHandler layouts = new LayoutHandler(console.layouts(), access, blocking);

        Access.adminRoute(router, POST, API + "/channels/probe").handler(bodies).handler(onboarding::probe);
        router.get(API + "/channels/:id/live").handler(live::connect);
        router.get(API + "/channels/:id/video").handler(video::connect);
        router.get(API + "/channels/:id/snapshot").handler(onboarding::snapshot);
        // before /summary would match: the CSV path is literal, not a parameter
        router.get(API + "/stats/summary.csv").handler(stats::csv);
        router.get(API + "/stats/summary").handler(stats::summary);
        router.get(API + "/me/layout").handler(layouts::get);
        router.put(API + "/me/layout").handler(bodies).handler(layouts::put);
    }

    /**
     * Checks an upgrade request and pauses it: the upgrade happens after the store (or the camera)
     * answered, and a request whose end was read meanwhile can no longer be upgraded.
     */
    static void requireWebSocket(RoutingContext ctx) {
        if (!ctx.request().canUpgradeToWebSocket()) {
            throw new InvalidRequestException("not a WebSocket request",
                    new FieldError("", "this route only accepts WebSocket upgrade requests"));
        }
        ctx.request().pause();
    }

    /** Whether a path is one of {@link #QUERY_TOKEN_PATTERNS}. */
    static boolean takesQueryToken(String path) {
        String[] segments = path.split("/", -1);
        for (String pattern : QUERY_TOKEN_PATTERNS) {
            String[] parts = pattern.split("/", -1);
            if (parts.length == segments.length && matches(parts, segments)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String[] parts, String[] segments) {
        for (int i = 0; i < parts.length; i++) {
            boolean any = parts[i].equals("*") && !segments[i].isEmpty();
            if (!any && !parts[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }
}
