package org.xueliang.ingest.rtp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One RTP packet (RFC 3550 5.1): the header fields and the payload without padding.
 *
 * <p>Equality compares the bytes of payload and extension.
 *
 * @param marker         the M bit; for GB28181 PS streams, set on the last packet of a picture
 * @param payloadType    0..127; 96 for PS in GB28181
 * @param sequenceNumber 0..65535
 * @param timestamp      0..2^32-1, on the payload's clock (90 kHz for video)
 * @param ssrc           0..2^32-1, the synchronisation source
 * @param csrcs          contributing sources, at most 15
 * @param extension      the header extension, or null
 * @param payload        the payload bytes, owned by the packet
 */
public record RtpPacket(boolean marker, int payloadType, int sequenceNumber, long timestamp, long ssrc,
        List<Long> csrcs, Extension extension, byte[] payload) {

    /** Fixed header length in bytes. */
    public static final int HEADER_BYTES = 12;
    private static final int VERSION = 2;
    private static final int MAX_CSRCS = 15;

    /**
     * A header extension (RFC 3550 5.3.1).
     *
     * @param profile the 16-bit profile-defined value
     * @param data    the extension words, a multiple of 4 bytes long
     */
    public record Extension(int profile, byte[] data) {
        public Extension {
            if (profile < 0 || profile > 0xFFFF) {
                throw new IllegalArgumentException("extension profile must be within 0..65535, got " + profile);
            }
            if (data.length % 4 != 0 || data.length / 4 > 0xFFFF) {
                throw new IllegalArgumentException("extension data must be whole 32-bit words, at most 65535, got "
                        + data.length + " bytes");
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Extension that && profile == that.profile && Arrays.equals(data, that.data);
        }

        @Override
        public int hashCode() {
            return profile * 31 + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Extension[profile=" + profile + ", " + data.length + " bytes]";
        }
    }

    public RtpPacket {
        check(payloadType, 0x7F, "payload type");
        check(sequenceNumber, 0xFFFF, "sequence number");
        check(timestamp, 0xFFFF_FFFFL, "timestamp");
        check(ssrc, 0xFFFF_FFFFL, "SSRC");
        csrcs = List.copyOf(csrcs);
        if (csrcs.size() > MAX_CSRCS) {
            throw new IllegalArgumentException("at most 15 CSRCs, got " + csrcs.size());
        }
        csrcs.forEach(csrc -> check(csrc, 0xFFFF_FFFFL, "CSRC"));
        Objects.requireNonNull(payload, "payload");
    }

    /** A packet without CSRCs or extension, as GB28181 devices send. */
    public static RtpPacket of(boolean marker, int payloadType, int sequenceNumber, long timestamp, long ssrc,
            byte[] payload) {
        return new RtpPacket(marker, payloadType, sequenceNumber, timestamp, ssrc, List.of(), null, payload);
    }

    /** Decodes a whole array. */
    public static RtpPacket decode(byte[] packet) throws RtpFormatException {
        return decode(packet, 0, packet.length);
    }

    /** Decodes the readable bytes of a buffer without moving its reader index. */
    public static RtpPacket decode(ByteBuf packet) throws RtpFormatException {
        int length = packet.readableBytes();
        if (packet.hasArray()) {
            return decode(packet.array(), packet.arrayOffset() + packet.readerIndex(), length);
        }
        return decode(ByteBufUtil.getBytes(packet, packet.readerIndex(), length, false), 0, length);
    }

    /**
     * Decodes {@code length} bytes from {@code offset}.
     *
     * @throws RtpFormatException when the bytes are not an RTP version 2 packet; the message says why
     */
    public static RtpPacket decode(byte[] data, int offset, int length) throws RtpFormatException {
        Objects.checkFromIndexSize(offset, length, data.length);
        if (length < HEADER_BYTES) {
            throw new RtpFormatException("RTP packet of " + length + " bytes: shorter than the 12-byte header");
        }
        int first = data[offset] & 0xFF;
        int version = first >> 6;
        if (version != VERSION) {
            throw new RtpFormatException("RTP version must be 2, got " + version);
        }
        int csrcCount = first & 0x0F;
        int header = HEADER_BYTES + 4 * csrcCount;
        if (length < header) {
            throw new RtpFormatException("RTP packet of " + length + " bytes: " + csrcCount + " CSRCs need a "
                    + header + "-byte header");
        }
        Extension extension = null;
        if ((first & 0x10) != 0) {
            extension = extension(data, offset, length, header);
            header += 4 + extension.data().length;
        }
        int end = length;
        if ((first & 0x20) != 0) {
            int padding = data[offset + length - 1] & 0xFF;
            if (padding == 0 || padding > length - header) {
                throw new RtpFormatException("RTP padding count must be within 1.." + (length - header)
                        + " (the bytes after the header), got " + padding);
            }
            end -= padding;
        }
        int second = data[offset + 1] & 0xFF;
        return new RtpPacket((second & 0x80) != 0, second & 0x7F, u16(data, offset + 2), u32(data, offset + 4),
                u32(data, offset + 8), csrcs(data, offset, csrcCount), extension,
                Arrays.copyOfRange(data, offset + header, offset + end));
    }

    /** The packet on the wire: header, CSRCs, extension and payload, no padding. */
    public byte[] encode() {
        int extensionBytes = extension == null ? 0 : 4 + extension.data().length;
        int header = HEADER_BYTES + 4 * csrcs.size() + extensionBytes;
        byte[] out = new byte[header + payload.length];
        out[0] = (byte) (VERSION << 6 | (extension == null ? 0 : 0x10) | csrcs.size());
        out[1] = (byte) ((marker ? 0x80 : 0) | payloadType);
        putU16(out, 2, sequenceNumber);
        putU32(out, 4, timestamp);
        putU32(out, 8, ssrc);
        int p = HEADER_BYTES;
        for (long csrc : csrcs) {
            putU32(out, p, csrc);
            p += 4;
        }
        if (extension != null) {
            putU16(out, p, extension.profile());
            putU16(out, p + 2, extension.data().length / 4);
            System.arraycopy(extension.data(), 0, out, p + 4, extension.data().length);
        }
        System.arraycopy(payload, 0, out, header, payload.length);
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RtpPacket that && marker == that.marker && payloadType == that.payloadType
                && sequenceNumber == that.sequenceNumber && timestamp == that.timestamp && ssrc == that.ssrc
                && csrcs.equals(that.csrcs) && Objects.equals(extension, that.extension)
                && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(marker, payloadType, sequenceNumber, timestamp, ssrc, csrcs, extension) * 31
                + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "RtpPacket[seq=" + sequenceNumber + ", ts=" + timestamp + ", ssrc=" + ssrc + ", pt=" + payloadType
                + (marker ? ", marker" : "") + ", " + payload.length + " bytes]";
    }

    private static Extension extension(byte[] data, int offset, int length, int at) throws RtpFormatException {
        if (length < at + 4) {
            throw new RtpFormatException("RTP packet of " + length + " bytes: no room for the header extension at byte "
                    + at);
        }
        int words = u16(data, offset + at + 2);
        int end = at + 4 + 4 * words;
        if (length < end) {
            throw new RtpFormatException("RTP packet of " + length + " bytes: header extension of " + words
                    + " words needs " + end + " bytes");
        }
        return new Extension(u16(data, offset + at), Arrays.copyOfRange(data, offset + at + 4, offset + end));
    }

    private static List<Long> csrcs(byte[] data, int offset, int count) {
        if (count == 0) {
            return List.of();
        }
        Long[] csrcs = new Long[count];
        for (int i = 0; i < count; i++) {
            csrcs[i] = u32(data, offset + HEADER_BYTES + 4 * i);
        }
        return List.of(csrcs);
    }

    private static void check(long value, long max, String what) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(what + " must be within 0.." + max + ", got " + value);
        }
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) << 8 | b[p + 1] & 0xFF;
    }

    private static long u32(byte[] b, int p) {
        return (long) u16(b, p) << 16 | u16(b, p + 2);
    }

    private static void putU16(byte[] b, int p, int value) {
        b[p] = (byte) (value >> 8);
        b[p + 1] = (byte) value;
    }

    private static void putU32(byte[] b, int p, long value) {
        putU16(b, p, (int) (value >>> 16));
        putU16(b, p + 2, (int) value);
    }
}
