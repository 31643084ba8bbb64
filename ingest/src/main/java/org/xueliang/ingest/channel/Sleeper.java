package org.xueliang.ingest.channel;

import java.time.Duration;

/** Waits between reconnect attempts; injected so that back-off can be tested without waiting. */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for the given time.
     *
     * @throws InterruptedException when the channel is stopped during the wait
     */
    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps the calling thread. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
}
