package org.xueliang.alerts.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;

/**
 * Serves the web console, plain HTML, CSS and ES modules kept in the jar under
 * {@value #ROOT}: {@code /} is its page, {@code /console/*} its other files. Vert.x's
 * static handler picks the content types, answers conditional requests with 304 and refuses
 * paths that climb out of the folder. Files carry no version in their names, so browsers must
 * revalidate them on every load ({@code no-cache}) rather than keep a copy older than the server.
 */
final class ConsoleFiles {
    /** The classpath folder of the console's files. */
    static final String ROOT = "org/xueliang/alerts/http/console";
    /** The URL prefix of every file but the page itself. */
    static final String PREFIX = "/console/";

    private ConsoleFiles() {
    }

    static void register(Router router) {
        StaticHandler files = StaticHandler.create(ROOT).setCachingEnabled(true).setDirectoryListing(false)
                .setIncludeHidden(false).setDefaultContentEncoding("UTF-8");
        Handler<RoutingContext> headers = ctx -> {
            ctx.addHeadersEndHandler(ignored -> ctx.response().headers()
                    .set("Cache-Control", "no-cache")
                    .set("X-Content-Type-Options", "nosniff"));
            ctx.next();
        };
        for (String path : new String[] {"/", PREFIX + "*"}) {
            router.route(path).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(headers).handler(files);
        }
    }
}
