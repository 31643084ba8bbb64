package org.xueliang.simulator.media;

import java.io.ByteArrayOutputStream;

/**
 * Wraps each access unit in one MPEG-2 program stream pack (ISO/IEC 13818-1 section 2.5), the
 * way GB28181 cameras do: pack header, then on keyframes a system header and a program stream
 * map naming the video stream type, then PES packets of stream 0xE0 carrying the unit, the first
 * with a PTS. A unit larger than one PES packet allows is spread over several PES packets.
 */
public final class PsMuxer {

    /** PES_packet_length is 16 bits and counts the 3 flag/length bytes and the 5 PTS bytes. */
    static final int MAX_PES_PAYLOAD = 0xFFFF - 3 - 5;
    static final int VIDEO_STREAM_ID = 0xE0;
    /** In units of 50 bytes/s: about 5 Mbit/s, an upper bound for the simulated streams. */
    private static final int MUX_RATE = 12_500;

    private final VideoCodec codec;

    public PsMuxer(VideoCodec codec) {
        this.codec = codec;
    }

    /** The pack for one access unit; {@code pts} is in 90 kHz units and also used as SCR. */
    public byte[] mux(AccessUnit unit, long pts) {
        byte[] data = unit.data();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 64 + data.length / MAX_PES_PAYLOAD * 9);
        packHeader(out, pts);
        if (unit.keyframe()) {
            systemHeader(out);
            programStreamMap(out);
        }
        int offset = 0;
        boolean first = true;
        do {
            int chunk = Math.min(MAX_PES_PAYLOAD, data.length - offset);
            pes(out, data, offset, chunk, first ? pts : -1);
            offset += chunk;
            first = false;
        } while (offset < data.length);
        return out.toByteArray();
    }

    static void packHeader(ByteArrayOutputStream out, long scr) {
        long base = scr & 0x1_FFFF_FFFFL;
        startCode(out, 0xBA);
        out.write((int) (0x44 | ((base >> 27) & 0x38) | ((base >> 28) & 0x03)));
        out.write((int) (base >> 20));
        out.write((int) (((base >> 12) & 0xF8) | 0x04 | ((base >> 13) & 0x03)));
        out.write((int) (base >> 5));
        out.write((int) (((base << 3) & 0xF8) | 0x04)); // SCR extension 0
        out.write(0x01);
        out.write(MUX_RATE >> 14);
        out.write(MUX_RATE >> 6);
        out.write(((MUX_RATE << 2) & 0xFC) | 0x03);
        out.write(0xF8); // reserved bits, no stuffing
    }

    static void systemHeader(ByteArrayOutputStream out) {
        startCode(out, 0xBB);
        writeShort(out, 9); // header length: 6 fixed bytes + 3 per stream
        out.write(0x80 | (MUX_RATE >> 15));
        out.write(MUX_RATE >> 7);
        out.write(((MUX_RATE << 1) & 0xFE) | 0x01);
        out.write(0x00 << 2); // audio_bound 0, not fixed, not CSPS
        out.write(0xE1);      // audio and video locked, marker, video_bound 1
        out.write(0x7F);      // no packet rate restriction, reserved
        out.write(VIDEO_STREAM_ID);
        out.write(0xE8);      // '11', P-STD buffer scale 1 (x1024 bytes), size bound 0x800 (2 MB)
        out.write(0x00);
    }

    void programStreamMap(ByteArrayOutputStream out) {
        ByteArrayOutputStream map = new ByteArrayOutputStream(24);
        startCode(map, 0xBC);
        writeShort(map, 10 + 4); // bytes after this field: 6 fixed + 4 per stream + 4 CRC
        map.write(0xE0);         // current_next_indicator 1, version 0
        map.write(0xFF);         // reserved, marker
        writeShort(map, 0);      // program_stream_info_length
        writeShort(map, 4);      // elementary_stream_map_length
        map.write(codec.streamType());
        map.write(VIDEO_STREAM_ID);
        writeShort(map, 0);      // elementary_stream_info_length
        byte[] bytes = map.toByteArray();
        out.writeBytes(bytes);
        int crc = Crc32Mpeg2.of(bytes, 0, bytes.length);
        writeShort(out, crc >>> 16);
        writeShort(out, crc & 0xFFFF);
    }

    private static void pes(ByteArrayOutputStream out, byte[] data, int offset, int count, long pts) {
        boolean withPts = pts >= 0;
        startCode(out, VIDEO_STREAM_ID);
        writeShort(out, 3 + (withPts ? 5 : 0) + count);
        out.write(withPts ? 0x84 : 0x80); // '10' marker; data_alignment_indicator on the unit start
        out.write(withPts ? 0x80 : 0x00); // PTS only: no B-frames, so DTS equals PTS
        out.write(withPts ? 5 : 0);
        if (withPts) {
            long p = pts & 0x1_FFFF_FFFFL;
            out.write((int) (0x21 | ((p >> 29) & 0x0E)));
            out.write((int) (p >> 22));
            out.write((int) (((p >> 14) & 0xFE) | 0x01));
            out.write((int) (p >> 7));
            out.write((int) (((p << 1) & 0xFE) | 0x01));
        }
        out.write(data, offset, count);
    }

    private static void startCode(ByteArrayOutputStream out, int streamId) {
        out.write(0);
        out.write(0);
        out.write(1);
        out.write(streamId);
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write((value >> 8) & 0xFF);
        out.write(value & 0xFF);
    }
}
