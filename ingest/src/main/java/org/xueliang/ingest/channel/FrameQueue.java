package org.xueliang.ingest.channel;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.xueliang.ingest.VideoFrame;

/**
 * The bounded hand-over of one channel's frames from its ingest thread to analysis threads.
 *
 * <p>When analysis falls behind, the oldest frame is dropped and counted: analysis should look at
 * the present, not work through a backlog. Thread-safe.
 */
public final class FrameQueue {
    private final int capacity;
    private final Runnable onTake;
    private final ArrayDeque<VideoFrame> frames;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private long dropped;
    private long taken;

    /**
     * @param capacity frames held at most
     */
    public FrameQueue(int capacity) {
        this(capacity, () -> { });
    }

    /**
     * @param capacity frames held at most
     * @param onTake   called after each frame handed out, to measure the analysed rate
     */
    public FrameQueue(int capacity, Runnable onTake) {
        if (capacity < 1) {
            throw new IllegalArgumentException("frame queue capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.onTake = onTake;
        this.frames = new ArrayDeque<>(capacity);
    }

    /**
     * Adds a frame, dropping the oldest one when full.
     *
     * @return whether a frame was dropped to make room
     */
    public boolean offer(VideoFrame frame) {
        if (frame == null) {
            throw new IllegalArgumentException("frame must not be null");
        }
        lock.lock();
        try {
            boolean drop = frames.size() == capacity;
            if (drop) {
                frames.pollFirst();
                dropped++;
            }
            frames.addLast(frame);
            notEmpty.signal();
            return drop;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the oldest frame, waiting up to {@code timeout} for one.
     *
     * @return the frame, or {@code null} when none came in time
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    public VideoFrame poll(Duration timeout) throws InterruptedException {
        long remaining = timeout.toNanos();
        VideoFrame frame;
        lock.lockInterruptibly();
        try {
            while (frames.isEmpty()) {
                if (remaining <= 0) {
                    return null;
                }
                remaining = notEmpty.awaitNanos(remaining);
            }
            frame = frames.pollFirst();
            taken++;
        } finally {
            lock.unlock();
        }
        onTake.run();
        return frame;
    }

    /** Same as {@link #poll(Duration)}. */
    public VideoFrame poll(long timeout, TimeUnit unit) throws InterruptedException {
        return poll(Duration.ofNanos(unit.toNanos(timeout)));
    }

    /** Frames dropped because the queue was full, since creation. */
    public long droppedFrames() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /** Frames handed to analysis, since creation. */
    public long takenFrames() {
        lock.lock();
        try {
            return taken;
        } finally {
            lock.unlock();
        }
    }

    /** Frames waiting now. */
    public int size() {
        lock.lock();
        try {
            return frames.size();
        } finally {
            lock.unlock();
        }
    }

    /** The most frames held at once. */
    public int capacity() {
        return capacity;
    }
}
