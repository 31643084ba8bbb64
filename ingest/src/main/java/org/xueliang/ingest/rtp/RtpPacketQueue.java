package org.xueliang.ingest.rtp;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The hand-over from a network event loop to the thread that demuxes and decodes: bounded, and
 * never blocking the producer. When the consumer falls behind, the oldest packets are dropped and
 * counted; the sequence gap they leave is then seen as loss downstream.
 */
public final class RtpPacketQueue {
    private final int capacity;
    private final ArrayDeque<ReceivedPacket> packets;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private long dropped;

    /** @param capacity packets held at most */
    public RtpPacketQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("queue capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.packets = new ArrayDeque<>(capacity);
    }

    /** Adds a packet, dropping the oldest when full. Never blocks beyond the lock. */
    public void offer(RtpPacket packet, long arrivalNanos) {
        lock.lock();
        try {
            if (packets.size() == capacity) {
                packets.pollFirst();
                dropped++;
            }
            packets.addLast(new ReceivedPacket(packet, arrivalNanos));
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the oldest packet, waiting up to {@code timeoutNanos} for one.
     *
     * @return the packet, or null when none came in time
     */
    public ReceivedPacket poll(long timeoutNanos) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long remaining = timeoutNanos;
            while (packets.isEmpty()) {
                if (remaining <= 0) {
                    return null;
                }
                remaining = notEmpty.awaitNanos(remaining);
            }
            return packets.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    /** {@link #poll(long)} with a {@link TimeUnit}. */
    public ReceivedPacket poll(long timeout, TimeUnit unit) throws InterruptedException {
        return poll(unit.toNanos(timeout));
    }

    /** Packets dropped because the consumer fell behind. */
    public long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /** Packets waiting. */
    public int size() {
        lock.lock();
        try {
            return packets.size();
        } finally {
            lock.unlock();
        }
    }
}
