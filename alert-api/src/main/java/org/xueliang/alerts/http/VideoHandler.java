package org.xueliang.alerts.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.RoutingContext;
import org.xueliang.alerts.console.VideoStreams;

/**
 * {@code GET /api/v1/channels/:id/video}: a WebSocket of the channel's original stream as
 * fragmented MP4. The source is opened before the upgrade, so that a channel that cannot be
 * viewed this way gets a problem response rather than a socket that closes at once. Each
 * fragment is preceded by a {@code {"type":"fragment",..}} text message.
 */
final class VideoHandler {
    /** "Policy violation": the browser read too slowly and the session was ended rather than buffered. */
    private static final short TOO_SLOW = 1008;
    /** "Going away": the source ended or failed. */
    private static final short SOURCE_ENDED = 1001;

    private final VideoStreams video;
    private final ConsoleAccess access;
    private final Blocking blocking;

    VideoHandler(VideoStreams video, ConsoleAccess access, Blocking blocking) {
        this.video = video;
        this.access = access;
        this.blocking = blocking;
    }

    void connect(RoutingContext ctx) {
        ConsoleRoutes.requireWebSocket(ctx);
        String id = ctx.pathParam("id");
        AlertScope scope = access.scope(ctx);
        blocking.call(() -> access.channel(id, scope))
                .compose(channel -> ctx.vertx().executeBlocking(() -> video.open(channel.spec()), false))
                .onSuccess(session -> upgrade(ctx, session))
                .onFailure(ctx::fail);
    }

    /** The session is closed again whenever the socket does not come about: the viewer may have left. */
    private static void upgrade(RoutingContext ctx, VideoStreams.VideoSession session) {
        try {
            ctx.request().toWebSocket().onSuccess(socket -> stream(socket, session)).onFailure(e -> {
                session.close();
                ctx.fail(e);
            });
        } catch (RuntimeException e) {
            session.close();
            ctx.fail(e);
        }
    }

    private static void stream(ServerWebSocket socket, VideoStreams.VideoSession session) {
        socket.closeHandler(ignored -> session.close());
        socket.handler(ignored -> { });
        ObjectNode init = JsonNodeFactory.instance.objectNode().put("type", "init").put("mime", session.mime())
                .put("width", session.width()).put("height", session.height()).put("fps", session.fps());
        socket.writeTextMessage(init.toString());
        session.start(new SocketSink(socket, session));
    }

    /** Writes a session's output; a browser that falls behind is disconnected, never buffered for. */
    private record SocketSink(ServerWebSocket socket, VideoStreams.VideoSession session)
            implements VideoStreams.VideoSink {
        @Override
        public void init(byte[] segment) {
            socket.writeBinaryMessage(Buffer.buffer(segment));
        }

        @Override
        public void fragment(long seq, long receivedAt, double pts, byte[] data) {
            if (socket.writeQueueFull()) {
                session.close();
                socket.close(TOO_SLOW, "viewer too slow: fragments were not read in time");
                return;
            }
            socket.writeTextMessage(JsonNodeFactory.instance.objectNode().put("type", "fragment").put("seq", seq)
                    .put("receivedAt", receivedAt).put("pts", pts).toString());
            socket.writeBinaryMessage(Buffer.buffer(data));
        }

        @Override
        public void ended(String reason) {
            socket.close(SOURCE_ENDED, reason.length() > 120 ? reason.substring(0, 120) : reason);
        }
    }

}
