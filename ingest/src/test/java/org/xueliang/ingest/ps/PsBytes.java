package org.xueliang.ingest.ps;

import java.io.ByteArrayOutputStream;

/** Builds program stream packets by hand for table tests. */
final class PsBytes {
    /** An H.264 keyframe: SPS (High profile), PPS and an IDR slice with first_mb_in_slice 0. */
    static final byte[] H264_KEYFRAME = hex("00000001 6764001FACD9 00000001 68EBE3CB 00000001 6588840021FF");
    /** An H.264 P slice with first_mb_in_slice 0. */
    static final byte[] H264_P = hex("00000001 419A2438 3F7E");
    /** An H.265 TRAIL_R slice (type 1) that begins a picture: nothing an unlabelled stream is recognised by. */
    static final byte[] H265_TRAIL = hex("00000001 0201 D00915 3C2B");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private PsBytes() {
    }

    static PsBytes stream() {
        return new PsBytes();
    }

    /** An MPEG-2 pack header with {@code stuffing} 0xFF bytes after it. */
    PsBytes pack2(int stuffing) {
        raw("000001BA 44000400 0401 018A3F");
        out.write(0xF8 | stuffing);
        for (int i = 0; i < stuffing; i++) {
            out.write(0xFF);
        }
        return this;
    }

    /** An MPEG-1 pack header. */
    PsBytes pack1() {
        return raw("000001BA 2100010001 800001");
    }

    /** A video PES packet with an MPEG-2 header carrying {@code pts} (or none when negative). */
    PsBytes pes2(int streamId, long pts, byte[] payload) {
        int headerData = pts >= 0 ? 5 : 0;
        startCode(streamId);
        u16(3 + headerData + payload.length);
        out.write(0x80);
        out.write(pts >= 0 ? 0x80 : 0);
        out.write(headerData);
        if (pts >= 0) {
            timestamp(0x20, pts);
        }
        out.writeBytes(payload);
        return this;
    }

    /** A PES packet with an MPEG-1 header: two stuffing bytes, an STD buffer size, PTS and DTS. */
    PsBytes pes1(int streamId, long pts, byte[] payload) {
        startCode(streamId);
        u16(2 + 2 + 10 + payload.length);
        raw("FFFF 6000");
        timestamp(0x30, pts);
        timestamp(0x10, pts);
        out.writeBytes(payload);
        return this;
    }

    /** A packet of any stream ID with a length field and {@code body}. */
    PsBytes packet(int streamId, byte[] body) {
        startCode(streamId);
        u16(body.length);
        out.writeBytes(body);
        return this;
    }

    /** A program stream map with one entry (a zero CRC: the demuxer does not check it). */
    PsBytes streamMap(int streamType, int streamId) {
        return packet(0xBC, new byte[] {(byte) 0xE0, (byte) 0xFF, 0, 0, 0, 4, (byte) streamType, (byte) streamId,
            0, 0, 0, 0, 0, 0});
    }

    PsBytes raw(String hex) {
        out.writeBytes(hex(hex));
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    int size() {
        return out.size();
    }

    static byte[] hex(String text) {
        String digits = text.replace(" ", "");
        byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    private void startCode(int streamId) {
        out.write(0);
        out.write(0);
        out.write(1);
        out.write(streamId);
    }

    private void u16(int value) {
        out.write(value >> 8);
        out.write(value);
    }

    private void timestamp(int prefix, long ts) {
        out.write((int) (prefix | ((ts >> 29) & 0x0E) | 1));
        out.write((int) (ts >> 22));
        out.write((int) (((ts >> 14) & 0xFE) | 1));
        out.write((int) (ts >> 7));
        out.write((int) (((ts << 1) & 0xFE) | 1));
    }
}
