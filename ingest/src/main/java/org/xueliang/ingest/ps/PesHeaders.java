package org.xueliang.ingest.ps;

/** Reads the optional part of PES headers (ISO/IEC 13818-1 2.4.3.6, and ISO/IEC 11172-1 2.4.3.3). */
final class PesHeaders {
    private static final int FIRST_FIELD = 6;
    private static final int MPEG1_MAX_STUFFING = 16;

    /**
     * Where the payload starts and the PTS.
     *
     * @param length header bytes from the start code to the payload
     * @param pts    90 kHz PTS, or {@link AccessUnit#NO_PTS}
     */
    record Parsed(int length, long pts) {
    }

    private PesHeaders() {
    }

    /** An MPEG-2 header: flags, PES_header_data_length, then PTS first when present. */
    static Parsed mpeg2(byte[] b, int available) {
        int dataLength = b[8] & 0xFF;
        int length = 9 + dataLength;
        boolean hasPts = (b[7] & 0x80) != 0;
        if (length > available) {
            return null;
        }
        return new Parsed(length, hasPts && dataLength >= 5 ? pts(b, 9) : AccessUnit.NO_PTS);
    }

    /** An MPEG-1 header: up to 16 stuffing bytes, an optional STD buffer size, then PTS, PTS+DTS or 0x0F. */
    static Parsed mpeg1(byte[] b, int available) {
        int i = FIRST_FIELD;
        while (i < available && b[i] == (byte) 0xFF && i < FIRST_FIELD + MPEG1_MAX_STUFFING) {
            i++;
        }
        if (i < available && (b[i] & 0xC0) == 0x40) {
            i += 2;
        }
        if (i >= available) {
            return null;
        }
        int marker = b[i] & 0xF0;
        if (marker == 0x20 && i + 5 <= available) {
            return new Parsed(i + 5, pts(b, i));
        }
        if (marker == 0x30 && i + 10 <= available) {
            return new Parsed(i + 10, pts(b, i));
        }
        if ((b[i] & 0xFF) == 0x0F) {
            return new Parsed(i + 1, AccessUnit.NO_PTS);
        }
        return null;
    }

    /** A 33-bit timestamp spread over 5 bytes with marker bits (the markers are not checked: devices vary). */
    static long pts(byte[] b, int p) {
        return (long) (b[p] & 0x0E) << 29
                | (long) (b[p + 1] & 0xFF) << 22
                | (long) (b[p + 2] & 0xFE) << 14
                | (long) (b[p + 3] & 0xFF) << 7
                | (b[p + 4] & 0xFE) >> 1;
    }
}
