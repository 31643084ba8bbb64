package org.xueliang.alerts.http;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server of the API, the WebSocket stream, {@code /healthz}, {@code /metrics} and the console. */
public final class AlertApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(AlertApiServer.class);

    private final Vertx vertx;
    private final ApiConfig config;
    private final ApiServices services;
    private HttpServer server;

    public AlertApiServer(Vertx vertx, ApiConfig config, ApiServices services) {
        this.vertx = Objects.requireNonNull(vertx, "vertx");
        this.config = Objects.requireNonNull(config, "config");
        this.services = Objects.requireNonNull(services, "services");
    }

    /** Binds the port; completes with the port actually bound (useful with port 0). */
    public synchronized Future<Integer> start() {
        if (server != null) {
            return Future.failedFuture(new IllegalStateException("API server already started on port " + port()));
        }
        HttpServerOptions options = new HttpServerOptions().setHost(config.host()).setPort(config.port());
        HttpServer created = vertx.createHttpServer(options).requestHandler(ApiRouter.create(vertx, config, services));
        server = created;
        return created.listen().map(bound -> {
            LOG.info("API listening on {}:{}", config.host(), bound.actualPort());
            return bound.actualPort();
        });
    }

    /** The bound port, or -1 before {@link #start()} completed. */
    public synchronized int port() {
        return server == null ? -1 : server.actualPort();
    }

    /** Closes the port and every open connection, WebSocket consoles included. */
    public synchronized Future<Void> stop() {
        if (server == null) {
            return Future.succeededFuture();
        }
        HttpServer closing = server;
        server = null;
        return closing.close();
    }
}
