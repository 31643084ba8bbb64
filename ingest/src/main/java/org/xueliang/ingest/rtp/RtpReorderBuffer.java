package org.xueliang.ingest.rtp;

import java.time.Duration;

/**
 * Puts RTP packets back into sequence-number order (with wrap-around at 65535), waiting a bounded
 * number of packets and a bounded time for a missing one before declaring it lost.
 *
 * <p>Counts what it sees: packets lost (skipped after the wait), reordered (arrived after a later
 * one and still in time), late (arrived after their turn: given up on, or a duplicate of one already
 * released), and duplicates of packets still waiting. When {@code capacity} late packets arrive in a
 * row the sender has evidently restarted its sequence, and the buffer starts over.
 *
 * <p>Pure: the caller passes arrival times and asks for expiry. Not thread-safe.
 */
public final class RtpReorderBuffer {
    /** Receives the packets in order, and the gaps between them. */
    public interface Listener {
        /** The next packet in sequence order. */
        void packet(RtpPacket packet);

        /** {@code count} packets before the next one will never come. */
        void lost(int count);
    }

    private static final int SEQUENCE_MASK = 0xFFFF;
    private static final long NO_DEADLINE = Long.MAX_VALUE;

    private final int capacity;
    private final long maxDelayNanos;
    private final RtpPacket[] slots;
    private final long[] arrivals;
    private int next = -1;
    private int highest;
    private int buffered;
    private int lateInRow;
    private long released;
    private long lost;
    private long reordered;
    private long late;
    private long duplicates;
    private long restarts;

    /**
     * @param capacity packets held while one is missing, 1..32768
     * @param maxDelay longest wait for a missing packet
     */
    public RtpReorderBuffer(int capacity, Duration maxDelay) {
        if (capacity < 1 || capacity > 0x8000) {
            throw new IllegalArgumentException("reorder capacity must be within 1..32768 packets, got " + capacity);
        }
        if (maxDelay.isNegative()) {
            throw new IllegalArgumentException("reorder delay must not be negative, got " + maxDelay);
        }
        this.capacity = capacity;
        this.maxDelayNanos = maxDelay.toNanos();
        this.slots = new RtpPacket[capacity];
        this.arrivals = new long[capacity];
    }

    /**
     * Adds a packet and releases every packet that is now in order, or waited long enough.
     *
     * @param arrivalNanos when the packet arrived, on the {@link System#nanoTime()} scale
     */
    public void add(RtpPacket packet, long arrivalNanos, Listener out) {
        int sequence = packet.sequenceNumber();
        if (next < 0) {
            next = sequence;
            highest = sequence;
        }
        int ahead = distance(next, sequence);
        if (ahead < 0) {
            if (++lateInRow < capacity) {
                late++;
                return;
            }
            // a sender that restarted its sequence looks late forever: follow it
            restarts++;
            skipTo(highest + 1, out);
            next = sequence;
            highest = sequence;
            ahead = 0;
        }
        lateInRow = 0;
        if (ahead >= capacity) {
            skipTo(sequence - capacity + 1, out);
        }
        int slot = sequence % capacity;
        if (slots[slot] != null) {
            duplicates++;
            return;
        }
        if (distance(highest, sequence) < 0) {
            reordered++;
        } else {
            highest = sequence;
        }
        slots[slot] = packet;
        arrivals[slot] = arrivalNanos;
        buffered++;
        releaseInOrder(out);
        expire(arrivalNanos, out);
    }

    /** Gives up on a missing packet once the packets behind it have waited the maximum delay. */
    public void expire(long nowNanos, Listener out) {
        while (buffered > 0 && slots[next % capacity] == null && nowNanos - oldestArrival() >= maxDelayNanos) {
            int skipped = 0;
            while (slots[next % capacity] == null) {
                next = (next + 1) & SEQUENCE_MASK;
                skipped++;
            }
            lost += skipped;
            out.lost(skipped);
            releaseInOrder(out);
        }
    }

    /** When {@link #expire} will next give up on a missing packet, or {@link Long#MAX_VALUE} when nothing waits. */
    public long nextDeadline() {
        if (buffered == 0 || slots[next % capacity] != null) {
            return NO_DEADLINE;
        }
        return oldestArrival() + maxDelayNanos;
    }

    /** Packets released in order. */
    public long released() {
        return released;
    }

    /** Packets given up on. */
    public long lost() {
        return lost;
    }

    /** Packets that arrived after a later one, in time to be put back in order. */
    public long reordered() {
        return reordered;
    }

    /** Packets that arrived after their turn (given up on, or duplicates of released ones); dropped. */
    public long late() {
        return late;
    }

    /** Second copies of packets still waiting; dropped. */
    public long duplicates() {
        return duplicates;
    }

    /** Times the sender's sequence restarted. */
    public long restarts() {
        return restarts;
    }

    /** Signed distance from {@code from} to {@code to} on the 16-bit sequence circle, -32768..32767. */
    static int distance(int from, int to) {
        return (short) (to - from);
    }

    /** Releases or skips everything before {@code target}, so that the window starts there. */
    private void skipTo(int target, Listener out) {
        int end = target & SEQUENCE_MASK;
        int gap = 0;
        while (buffered > 0 && next != end) {
            int slot = next % capacity;
            if (slots[slot] == null) {
                gap++;
            } else {
                gap = reportGap(gap, out);
                release(slot, out);
            }
            next = (next + 1) & SEQUENCE_MASK;
        }
        gap += Math.max(0, distance(next, end));
        next = end;
        reportGap(gap, out);
    }

    private int reportGap(int gap, Listener out) {
        if (gap > 0) {
            lost += gap;
            out.lost(gap);
        }
        return 0;
    }

    private void releaseInOrder(Listener out) {
        int slot = next % capacity;
        while (slots[slot] != null) {
            release(slot, out);
            next = (next + 1) & SEQUENCE_MASK;
            slot = next % capacity;
        }
    }

    private void release(int slot, Listener out) {
        RtpPacket packet = slots[slot];
        slots[slot] = null;
        buffered--;
        released++;
        out.packet(packet);
    }

    private long oldestArrival() {
        long oldest = 0;
        boolean found = false;
        for (int i = 0; i < capacity; i++) {
            // nanoTime values are compared by difference: they may be negative and wrap
            if (slots[i] != null && (!found || arrivals[i] - oldest < 0)) {
                oldest = arrivals[i];
                found = true;
            }
        }
        return oldest;
    }
}
