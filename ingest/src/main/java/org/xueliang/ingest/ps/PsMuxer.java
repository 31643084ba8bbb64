package org.xueliang.ingest.ps;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * Wraps access units into an MPEG-2 program stream the way GB28181 devices send it: each picture
 * starts a pack; keyframes also carry a system header and a program stream map naming the codec;
 * the picture follows in PES packets of at most the given payload size, the first with the PTS.
 * No audio. For device simulators, tests and benchmarks.
 *
 * <p>Not thread-safe.
 */
public final class PsMuxer {
    /** The video stream ID GB28181 devices use. */
    public static final int VIDEO_STREAM_ID = 0xE0;
    /** Largest payload of a PES packet that carries a PTS: its length field counts 8 header bytes. */
    public static final int MAX_PES_PAYLOAD = 0xFFFF - 8;

    /** Declared multiplex rate in units of 50 bytes/s: 4 Mbit/s, a typical camera main stream. */
    private static final int MUX_RATE = 10_000;
    private final VideoCodec codec;
    private final int maxPesPayload;
    private long lastPts;

    /** A muxer writing PES packets as large as allowed. */
    public PsMuxer(VideoCodec codec) {
        this(codec, MAX_PES_PAYLOAD);
    }

    /**
     * @param codec         announced in the program stream map
     * @param maxPesPayload picture bytes per PES packet, 1 to {@link #MAX_PES_PAYLOAD}
     */
    public PsMuxer(VideoCodec codec, int maxPesPayload) {
        if (maxPesPayload < 1 || maxPesPayload > MAX_PES_PAYLOAD) {
            throw new IllegalArgumentException("PES payload must be within 1.." + MAX_PES_PAYLOAD + ", got "
                    + maxPesPayload);
        }
        this.codec = Objects.requireNonNull(codec, "codec");
        this.maxPesPayload = maxPesPayload;
    }

    /** The program stream bytes of one picture. */
    public byte[] mux(AccessUnit unit) {
        if (unit.codec() != codec) {
            throw new IllegalArgumentException("muxer for " + codec + " got a " + unit.codec() + " unit");
        }
        long pts = unit.pts90k() == AccessUnit.NO_PTS ? lastPts : unit.pts90k();
        lastPts = pts;
        byte[] data = unit.annexB();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 64 + data.length / maxPesPayload * 9);
        packHeader(out, pts);
        if (unit.keyframe()) {
            systemHeader(out);
            streamMap(out);
        }
        for (int offset = 0; offset < data.length; offset += maxPesPayload) {
            int count = Math.min(maxPesPayload, data.length - offset);
            boolean first = offset == 0 && unit.pts90k() != AccessUnit.NO_PTS;
            pes(out, data, offset, count, first ? unit.pts90k() : AccessUnit.NO_PTS);
        }
        return out.toByteArray();
    }

    private static void packHeader(ByteArrayOutputStream out, long scr) {
        startCode(out, 0xBA);
        out.write((int) (0x40 | ((scr >> 27) & 0x38) | 0x04 | ((scr >> 28) & 0x03)));
        out.write((int) (scr >> 20));
        out.write((int) (((scr >> 12) & 0xF8) | 0x04 | ((scr >> 13) & 0x03)));
        out.write((int) (scr >> 5));
        out.write((int) (((scr << 3) & 0xF8) | 0x04));
        out.write(0x01);
        out.write(MUX_RATE >> 14);
        out.write(MUX_RATE >> 6);
        out.write(((MUX_RATE << 2) & 0xFC) | 0x03);
        // 5 reserved bits, no stuffing
        out.write(0xF8);
    }

    private static void systemHeader(ByteArrayOutputStream out) {
        startCode(out, 0xBB);
        byte[] body = {
            (byte) (0x80 | (MUX_RATE >> 15)), (byte) (MUX_RATE >> 7), (byte) (((MUX_RATE << 1) & 0xFE) | 0x01),
            // no audio; video bound 1; one stream entry with a 1024-byte-unit buffer bound of 512 KB
            0x00, (byte) 0xE1, (byte) 0xFF, (byte) VIDEO_STREAM_ID, (byte) 0xE2, 0x00,
        };
        u16(out, body.length);
        out.writeBytes(body);
    }

    private void streamMap(ByteArrayOutputStream out) {
        int type = codec == VideoCodec.H264 ? StreamMapReader.TYPE_H264 : StreamMapReader.TYPE_H265;
        byte[] packet = {
            0, 0, 1, (byte) 0xBC, 0, 14,
            // current, version 0; marker; no program info; one 4-byte entry
            (byte) 0xE0, (byte) 0xFF, 0, 0, 0, 4,
            (byte) type, (byte) VIDEO_STREAM_ID, 0, 0,
            0, 0, 0, 0,
        };
        int crc = Crc32Mpeg.of(packet, 0, packet.length - 4);
        packet[packet.length - 4] = (byte) (crc >>> 24);
        packet[packet.length - 3] = (byte) (crc >>> 16);
        packet[packet.length - 2] = (byte) (crc >>> 8);
        packet[packet.length - 1] = (byte) crc;
        out.writeBytes(packet);
    }

    private static void pes(ByteArrayOutputStream out, byte[] data, int offset, int count, long pts) {
        boolean hasPts = pts != AccessUnit.NO_PTS;
        startCode(out, VIDEO_STREAM_ID);
        u16(out, 3 + (hasPts ? 5 : 0) + count);
        out.write(0x80);
        out.write(hasPts ? 0x80 : 0x00);
        out.write(hasPts ? 5 : 0);
        if (hasPts) {
            out.write((int) (0x20 | ((pts >> 29) & 0x0E) | 0x01));
            out.write((int) (pts >> 22));
            out.write((int) (((pts >> 14) & 0xFE) | 0x01));
            out.write((int) (pts >> 7));
            out.write((int) (((pts << 1) & 0xFE) | 0x01));
        }
        out.write(data, offset, count);
    }

    private static void startCode(ByteArrayOutputStream out, int id) {
        out.write(0);
        out.write(0);
        out.write(1);
        out.write(id);
    }

    private static void u16(ByteArrayOutputStream out, int value) {
        out.write(value >> 8);
        out.write(value);
    }
}
