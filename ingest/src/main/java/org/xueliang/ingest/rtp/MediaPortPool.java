package org.xueliang.ingest.rtp;

import java.util.BitSet;
import java.util.OptionalInt;

/**
 * The configured range of local ports for receiving media, handed out one per stream. Ports are
 * handed out round-robin, so a port just released is the last to be reused: a device still sending
 * to an old session's port does not feed a new one. Thread-safe.
 */
public final class MediaPortPool {
    private final int from;
    private final int to;
    private final BitSet inUse;
    private int cursor;

    /**
     * @param from first port of the range, 1..65535
     * @param to   last port of the range, inclusive, from..65535
     */
    public MediaPortPool(int from, int to) {
        if (from < 1 || from > 0xFFFF || to < from || to > 0xFFFF) {
            throw new IllegalArgumentException("media port range must satisfy 1 <= from <= to <= 65535, got "
                    + from + "-" + to);
        }
        this.from = from;
        this.to = to;
        this.inUse = new BitSet(to - from + 1);
    }

    /** A free port, now in use, or empty when all are taken. */
    public synchronized OptionalInt allocate() {
        int size = to - from + 1;
        for (int i = 0; i < size; i++) {
            int index = (cursor + i) % size;
            if (!inUse.get(index)) {
                inUse.set(index);
                cursor = (index + 1) % size;
                return OptionalInt.of(from + index);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Returns a port to the pool.
     *
     * @throws IllegalArgumentException when the port is not in use
     */
    public synchronized void release(int port) {
        if (port < from || port > to || !inUse.get(port - from)) {
            throw new IllegalArgumentException("port " + port + " is not allocated from " + from + "-" + to);
        }
        inUse.clear(port - from);
    }

    /** Ports handed out and not released. */
    public synchronized int inUse() {
        return inUse.cardinality();
    }

    /** The range, for messages: {@code 30000-30099}. */
    @Override
    public String toString() {
        return from + "-" + to;
    }
}
