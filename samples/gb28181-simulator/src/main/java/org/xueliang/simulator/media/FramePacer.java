package org.xueliang.simulator.media;

import java.util.concurrent.locks.LockSupport;

/**
 * Releases frames at the camera's frame rate against the monotonic clock. When the sender falls
 * more than a second behind (a stalled encoder, a long GC) it restarts the schedule instead of
 * bursting the backlog onto the network.
 */
final class FramePacer {

    private static final long MAX_LAG_NANOS = 1_000_000_000L;

    private final long frameNanos;
    private long origin = Long.MIN_VALUE;
    private long framesSinceOrigin;

    FramePacer(int fps) {
        this.frameNanos = 1_000_000_000L / fps;
    }

    /** Blocks until the next frame is due. */
    void awaitNextFrame() {
        long now = System.nanoTime();
        if (origin == Long.MIN_VALUE) {
            origin = now;
        }
        long due = origin + framesSinceOrigin * frameNanos;
        if (now - due > MAX_LAG_NANOS) {
            origin = now;
            framesSinceOrigin = 0;
            due = now;
        }
        while (due - System.nanoTime() > 0) {
            LockSupport.parkNanos(due - System.nanoTime());
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
        framesSinceOrigin++;
    }
}
