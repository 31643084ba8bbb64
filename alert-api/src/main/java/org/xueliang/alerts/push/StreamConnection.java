package org.xueliang.alerts.push;

import java.util.concurrent.CompletionStage;

/** One connected console, as the hub sees it: something that takes text messages. */
public interface StreamConnection {
    /** Queues a text message; the stage completes when it was written out, or fails. */
    CompletionStage<Void> send(String text);

    /** Closes the connection, telling the peer why; the peer is expected to reconnect and reload. */
    void close(String reason);

    /** A description for logs, such as the remote address. */
    String describe();
}
