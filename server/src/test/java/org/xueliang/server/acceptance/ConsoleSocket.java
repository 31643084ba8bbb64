package org.xueliang.server.acceptance;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A browser's view of the console's live or video socket: every message with the time it arrived. */
final class ConsoleSocket implements AutoCloseable {
    /** One whole message: text, or binary bytes. */
    record Message(String text, byte[] bytes, long arrivedAtMillis) {
        boolean isText() {
            return text != null;
        }
    }

    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final WebSocket socket;

    private ConsoleSocket(HttpClient http, URI uri) {
        this.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new Collector()).join();
    }

    static ConsoleSocket open(ApiClient api, String path) {
        return new ConsoleSocket(api.http(), api.webSocket(path));
    }

    /** The next message, failing after {@code timeout}. */
    Message next(Duration timeout) throws InterruptedException {
        Message message = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("no message within " + timeout);
        }
        return message;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    private final class Collector implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                messages.add(new Message(text.toString(), null, System.currentTimeMillis()));
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            byte[] chunk = new byte[data.remaining()];
            data.get(chunk);
            bytes.writeBytes(chunk);
            if (last) {
                messages.add(new Message(null, bytes.toByteArray(), System.currentTimeMillis()));
                bytes.reset();
            }
            webSocket.request(1);
            return null;
        }
    }
}
