package org.xueliang.alerts.push;

import io.vertx.core.http.ServerWebSocket;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** A console connected over a Vert.x WebSocket. */
public final class WebSocketConnection implements StreamConnection {
    /** "Try again later" (RFC 6455 registry): the console should reconnect. */
    private static final short TRY_AGAIN_LATER = 1013;

    private final ServerWebSocket socket;

    public WebSocketConnection(ServerWebSocket socket) {
        this.socket = Objects.requireNonNull(socket, "socket");
    }

    @Override
    public CompletionStage<Void> send(String text) {
        // Vert.x hands writes from other threads over to the socket's event loop.
        return socket.writeTextMessage(text).toCompletionStage();
    }

    @Override
    public void close(String reason) {
        socket.close(TRY_AGAIN_LATER, reason);
    }

    @Override
    public String describe() {
        return String.valueOf(socket.remoteAddress());
    }
}
