package org.xueliang.alerts.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.xueliang.alerts.channel.FieldError;
import org.xueliang.alerts.channel.FieldReader;
import org.xueliang.alerts.console.LiveFrame;
import org.xueliang.alerts.console.LiveHub;
import org.xueliang.alerts.console.LiveJson;
import org.xueliang.alerts.console.LiveViewer;

/**
 * {@code GET /api/v1/channels/:id/live?fps=4}: a WebSocket of the channel's analysis frames, an
 * overlay message before each JPEG. On connection, and then every {@link #STATUS_EVERY} while no
 * frame comes because the channel is not online (stopped, starting, reconnecting), an overlay with
 * the channel's state, width and height 0 and no picture is sent.
 */
final class LiveHandler {
    static final Duration STATUS_EVERY = Duration.ofSeconds(2);
    /** The state of a channel that is not running. */
    static final String STOPPED = "STOPPED";
    private static final String ONLINE = "ONLINE";

    private final LiveHub hub;
    private final ConsoleAccess access;
    private final Blocking blocking;
    private final Clock clock;

    LiveHandler(LiveHub hub, ConsoleAccess access, Blocking blocking, Clock clock) {
        this.hub = hub;
        this.access = access;
        this.blocking = blocking;
        this.clock = clock;
    }

    void connect(RoutingContext ctx) {
        ConsoleRoutes.requireWebSocket(ctx);
        double fps = fps(ctx.queryParams().get("fps"));
        String id = ctx.pathParam("id");
        AlertScope scope = access.scope(ctx);
        blocking.call(() -> access.channel(id, scope))
                .compose(channel -> ctx.request().toWebSocket())
                .onSuccess(socket -> watch(ctx, socket, id, fps))
                .onFailure(ctx::fail);
    }

    private void watch(RoutingContext ctx, ServerWebSocket socket, String id, double fps) {
        SocketViewer viewer = new SocketViewer(socket, clock);
        Runnable leave = hub.join(id, fps, viewer);
        long timer = ctx.vertx().setPeriodic(STATUS_EVERY.toMillis(), ignored -> viewer.statusIfIdle(this, id, false));
        socket.closeHandler(ignored -> {
            leave.run();
            ctx.vertx().cancelTimer(timer);
        });
        // viewers only watch; anything they send is read and dropped
        socket.handler(ignored -> { });
        viewer.statusIfIdle(this, id, true);
    }

    private String state(String id) {
        return access.registry().health(id).map(health -> health.state().name()).orElse(STOPPED);
    }

    static double fps(String text) {
        if (text == null || text.isEmpty()) {
            return LiveHub.DEFAULT_FPS;
        }
        try {
            double fps = Double.parseDouble(text);
            if (fps > 0 && fps <= LiveHub.MAX_FPS) {
                return fps;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new InvalidRequestException("invalid query parameters", new FieldError("fps",
                "must be a number above 0 and at most " + FieldReader.showNumber(LiveHub.MAX_FPS) + ", got "
                        + FieldReader.quote(text)));
    }

    /** A browser's socket: at most one frame in flight, the rest skipped by the hub. */
    private static final class SocketViewer implements LiveViewer {
        private final ServerWebSocket socket;
        private final Clock clock;
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicReference<Instant> lastSent = new AtomicReference<>(Instant.MIN);

        SocketViewer(ServerWebSocket socket, Clock clock) {
            this.socket = socket;
            this.clock = clock;
        }

        @Override
        public boolean busy() {
            return inFlight.get() > 0 || socket.writeQueueFull();
        }

        @Override
        public void send(String overlay, byte[] jpeg) {
            inFlight.incrementAndGet();
            lastSent.set(clock.instant());
            // Vert.x hands writes from analysis threads to the socket's event loop in order
            var written = socket.writeTextMessage(overlay);
            if (jpeg != null) {
                written = socket.writeBinaryMessage(Buffer.buffer(jpeg));
            }
            written.onComplete(ignored -> inFlight.decrementAndGet());
        }

        /**
         * @param always send the state even of an online channel (on connection): a slow viewer
         *               rate must not interleave statuses with the pictures of an online channel
         */
        void statusIfIdle(LiveHandler handler, String id, boolean always) {
            Instant now = clock.instant();
            String state = handler.state(id);
            boolean idle = lastSent.get().isBefore(now.minus(STATUS_EVERY)) && !busy();
            if (idle && (always || !state.equals(ONLINE))) {
                send(LiveJson.overlay(LiveFrame.status(id, now, state)), null);
            }
        }
    }
}
