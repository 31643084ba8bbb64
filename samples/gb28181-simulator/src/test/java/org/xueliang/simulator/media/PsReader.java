package org.xueliang.simulator.media;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately simple MPEG-2 program stream reader for tests, written from ISO/IEC 13818-1
 * independently of {@link PsMuxer}: it walks start codes and checks every marker bit it passes.
 */
final class PsReader {

    record Pack(long scr, boolean systemHeader, int psmStreamType, boolean psmCrcValid, List<Long> ptsValues,
                int pesCount, byte[] payload) {
    }

    static List<Pack> read(byte[] data) {
        List<Pack> packs = new ArrayList<>();
        int at = 0;
        while (at < data.length) {
            expectStartCode(data, at, 0xBA);
            long scr = scr(data, at + 4);
            int stuffing = data[at + 13] & 0x07;
            at += 14 + stuffing;
            boolean system = false;
            int streamType = -1;
            boolean crcValid = false;
            List<Long> pts = new ArrayList<>();
            int pesCount = 0;
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            while (at < data.length && !isStartCode(data, at, 0xBA)) {
                int id = data[at + 3] & 0xFF;
                int length = ((data[at + 4] & 0xFF) << 8) | (data[at + 5] & 0xFF);
                if (id == 0xBB) {
                    system = true;
                } else if (id == 0xBC) {
                    streamType = data[at + 12] & 0xFF;
                    crcValid = Crc32Mpeg2.of(data, at, 6 + length) == 0; // CRC over all including itself is 0
                } else if (id == 0xE0) {
                    pesCount++;
                    int flags = data[at + 7] & 0xFF;
                    int headerLength = data[at + 8] & 0xFF;
                    if ((flags & 0x80) != 0) {
                        pts.add(pts(data, at + 9));
                    }
                    int start = at + 9 + headerLength;
                    payload.write(data, start, 6 + length - (start - at));
                } else {
                    throw new IllegalStateException("unexpected stream id " + Integer.toHexString(id) + " at " + at);
                }
                at += 6 + length;
            }
            packs.add(new Pack(scr, system, streamType, crcValid, pts, pesCount, payload.toByteArray()));
        }
        return packs;
    }

    private static long scr(byte[] d, int o) {
        if ((d[o] & 0xC4) != 0x44 || (d[o + 2] & 0x04) == 0 || (d[o + 4] & 0x04) == 0 || (d[o + 5] & 0x01) == 0) {
            throw new IllegalStateException("pack header marker bits wrong at " + o);
        }
        return ((long) (d[o] & 0x38) << 27) | ((long) (d[o] & 0x03) << 28) | ((long) (d[o + 1] & 0xFF) << 20)
                | ((long) (d[o + 2] & 0xF8) << 12) | ((long) (d[o + 2] & 0x03) << 13) | ((d[o + 3] & 0xFF) << 5)
                | ((d[o + 4] & 0xF8) >> 3);
    }

    private static long pts(byte[] d, int o) {
        if ((d[o] & 0xF1) != 0x21 || (d[o + 2] & 1) == 0 || (d[o + 4] & 1) == 0) {
            throw new IllegalStateException("PTS marker bits wrong at " + o);
        }
        return ((long) (d[o] & 0x0E) << 29) | ((long) (d[o + 1] & 0xFF) << 22) | ((long) (d[o + 2] & 0xFE) << 14)
                | ((long) (d[o + 3] & 0xFF) << 7) | ((d[o + 4] & 0xFE) >> 1);
    }

    private static void expectStartCode(byte[] d, int at, int id) {
        if (!isStartCode(d, at, id)) {
            throw new IllegalStateException("expected 00 00 01 " + Integer.toHexString(id) + " at " + at);
        }
    }

    private static boolean isStartCode(byte[] d, int at, int id) {
        return at + 3 < d.length && d[at] == 0 && d[at + 1] == 0 && d[at + 2] == 1 && (d[at + 3] & 0xFF) == id;
    }
}
