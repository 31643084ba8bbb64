package org.xueliang.ingest.ps;

/**
 * Finds the next {@code 00 00 01 xx} whose {@code xx} is a program stream ID (0xB9 and above),
 * across calls: the bytes of one start code may arrive in different pieces. Video NAL unit start
 * codes never match (their next byte is below 0x80), so resynchronisation lands on a pack, map or
 * PES packet.
 */
final class StartCodeFinder {
    /** The lowest stream ID: the program end code. */
    static final int LOWEST_STREAM_ID = 0xB9;

    private int zeros;
    private boolean prefixSeen;
    private int streamId = -1;

    /**
     * Scans {@code data[from..to)}.
     *
     * @return the index after the stream ID byte when a start code was found ({@link #streamId()}
     *         tells which), else {@code to}
     */
    int find(byte[] data, int from, int to) {
        streamId = -1;
        for (int p = from; p < to; p++) {
            int b = data[p] & 0xFF;
            if (prefixSeen && b >= LOWEST_STREAM_ID) {
                reset();
                streamId = b;
                return p + 1;
            }
            prefixSeen = b == 1 && zeros >= 2;
            zeros = b == 0 ? zeros + 1 : 0;
        }
        return to;
    }

    /** The stream ID of the start code the last {@link #find} ended at, or -1. */
    int streamId() {
        return streamId;
    }

    /** Forgets partial start codes. */
    void reset() {
        zeros = 0;
        prefixSeen = false;
    }
}
