package org.xueliang.ingest.ps;

import java.util.Objects;

/**
 * Demultiplexes an MPEG-2 program stream (ISO/IEC 13818-1 2.5, with MPEG-1 system packs too) as
 * GB28181 devices send it over RTP, into the video access units of one H.264 or H.265 stream.
 *
 * <p>Feed it RTP payloads in sequence order: packs and PES packets may span payloads, a PES packet
 * may carry part of a picture. It parses pack headers, skips system headers, padding, private and
 * audio streams, reads the program stream map to learn the video codec (without one, the codec is
 * recognised from the NAL units), and takes the PTS from PES headers. Damaged input never escapes as
 * an exception: each problem is reported to the listener with its byte offset and the demuxer
 * resynchronises on the next start code. Memory stays bounded: a unit larger than the limit is
 * dropped.
 *
 * <p>Not thread-safe; pure (no I/O, no clock).
 */
public final class PsDemuxer {
    /** Receives the demuxer's output, on the thread calling {@link #feed}. */
    public interface Listener {
        /** A complete access unit. */
        void accessUnit(AccessUnit unit);

        /** A problem in the stream; the demuxer has already resynchronised. */
        default void error(PsFormatException problem) {
        }
    }

    /** Default cap on one access unit: far above a 4K intra picture at camera bit rates. */
    public static final int DEFAULT_MAX_ACCESS_UNIT_BYTES = 4 << 20;

    private static final int END_CODE = StartCodeFinder.LOWEST_STREAM_ID;
    private static final int PACK_HEADER = 0xBA;
    private static final int STREAM_MAP = 0xBC;
    private static final int PACKET_HEADER_BYTES = 6;
    private static final int MPEG2_PACK_HEADER_BYTES = 14;
    private static final int MPEG1_PACK_HEADER_BYTES = 12;
    /** An MPEG-2 PES header's fixed part: the two flag bytes and PES_header_data_length. */
    private static final int MPEG2_PES_FIXED = 3;
    /** Longest MPEG-1 PES header after the length: 16 stuffing bytes, STD buffer, PTS and DTS. */
    private static final int MPEG1_PES_HEADER_MAX = 28;
    /** ISO/IEC 13818-1 2.5.4.2: a program stream map is at most 1024 bytes. */
    private static final int MAX_STREAM_MAP = 1018;

    private enum State { SYNC, START_CODE, PACK, PACKET, PES_START, PES_HEADER, STREAM_MAP, SKIP, VIDEO }

    private final Listener listener;
    private final AccessUnitAssembler assembler;
    private final StreamMapReader streamMap = new StreamMapReader();
    private final StartCodeFinder startCodes = new StartCodeFinder();
    private final byte[] header = new byte[PACKET_HEADER_BYTES + MAX_STREAM_MAP];
    private State state = State.SYNC;
    private int headerLength;
    private int headerNeed;
    private long headerOffset;
    private int packetLength;
    private int remaining;
    private int videoStreamId = -1;
    private long chunkBase;
    private long bytesFed;
    private long skippedBytes;
    private long errors;
    private long units;

    /** A demuxer with the {@linkplain #DEFAULT_MAX_ACCESS_UNIT_BYTES default} unit size cap. */
    public PsDemuxer(Listener listener) {
        this(listener, DEFAULT_MAX_ACCESS_UNIT_BYTES);
    }

    /**
     * @param listener             receives access units and problems
     * @param maxAccessUnitBytes   larger units are dropped and reported
     */
    public PsDemuxer(Listener listener, int maxAccessUnitBytes) {
        if (maxAccessUnitBytes < 1024) {
            throw new IllegalArgumentException("access unit cap must be at least 1024 bytes, got "
                    + maxAccessUnitBytes);
        }
        this.listener = Objects.requireNonNull(listener, "listener");
        this.assembler = new AccessUnitAssembler(maxAccessUnitBytes, new AssemblerEvents());
    }

    /** Feeds the next bytes of the stream, such as one RTP payload. */
    public void feed(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        int end = offset + length;
        int p = offset;
        chunkBase = bytesFed - offset;
        while (p < end) {
            p = switch (state) {
                case SKIP -> skip(p, end);
                case VIDEO -> video(data, p, end);
                case SYNC -> sync(data, p, end);
                default -> fill(data, p, end);
            };
        }
        bytesFed += length;
    }

    /** Feeds a whole array. */
    public void feed(byte[] data) {
        feed(data, 0, data.length);
    }

    /**
     * The caller knows a picture ended here (the RTP marker bit): hands the unit out now instead of
     * when the next picture starts. Ignored inside a PES packet, and for good once a marker turned
     * out to cut a picture.
     */
    public void endOfFrame() {
        if (state != State.VIDEO) {
            assembler.endOfFrame();
        }
    }

    /** Bytes before this point were lost (an RTP sequence gap): drop the partial unit and resynchronise. */
    public void discontinuity() {
        assembler.discontinuity();
        resync();
    }

    /** The end of the input: hands out the last complete unit, reports a truncated one. */
    public void flush() {
        if (state == State.SYNC || (state == State.START_CODE && headerLength == 0)) {
            assembler.flush();
            return;
        }
        String where = state == State.VIDEO || state == State.SKIP
                ? remaining + " bytes short of the end of a packet" : "inside a header";
        report("stream ends " + where, bytesFed);
        assembler.discontinuity();
        resync();
    }

    /** Bytes fed so far. */
    public long bytesFed() {
        return bytesFed;
    }

    /** Problems reported so far. */
    public long errors() {
        return errors;
    }

    /** Access units handed out so far. */
    public long accessUnits() {
        return units;
    }

    /** Bytes skipped while looking for a start code. */
    public long skippedBytes() {
        return skippedBytes;
    }

    /** The video codec, from the stream map or the NAL units; null until known. */
    public VideoCodec codec() {
        return assembler.codec();
    }

    private int skip(int p, int end) {
        int n = Math.min(remaining, end - p);
        remaining -= n;
        if (remaining == 0) {
            expectStartCode();
        }
        return p + n;
    }

    private int video(byte[] data, int p, int end) {
        int n = Math.min(remaining, end - p);
        assembler.append(data, p, n);
        remaining -= n;
        if (remaining == 0) {
            expectStartCode();
        }
        return p + n;
    }

    /** Looks for {@code 00 00 01 xx} with a stream ID; everything before it is skipped. */
    private int sync(byte[] data, int p, int end) {
        int next = startCodes.find(data, p, end);
        int id = startCodes.streamId();
        if (id < 0) {
            skippedBytes += next - p;
            return next;
        }
        // the prefix may have come in an earlier piece: count only what is certainly skipped
        skippedBytes += Math.max(0, next - 4 - p);
        header[0] = 0;
        header[1] = 0;
        header[2] = 1;
        header[3] = (byte) id;
        headerLength = 4;
        headerOffset = chunkBase + next - 4;
        startCode(id);
        return next;
    }

    private int fill(byte[] data, int p, int end) {
        if (headerLength == 0) {
            headerOffset = chunkBase + p;
        }
        int n = Math.min(headerNeed - headerLength, end - p);
        System.arraycopy(data, p, header, headerLength, n);
        headerLength += n;
        if (headerLength == headerNeed) {
            headerComplete();
        }
        return p + n;
    }

    private void headerComplete() {
        switch (state) {
            case START_CODE -> checkStartCode();
            case PACK -> packHeader();
            case PACKET -> packet();
            case PES_START -> pesStart();
            case PES_HEADER -> pesHeader();
            case STREAM_MAP -> streamMap();
            default -> throw new IllegalStateException("no header in state " + state);
        }
    }

    private void checkStartCode() {
        int id = header[3] & 0xFF;
        if (header[0] == 0 && header[1] == 0 && header[2] == 1 && id >= StartCodeFinder.LOWEST_STREAM_ID) {
            startCode(id);
            return;
        }
        error(String.format("expected a start code 00 00 01 B9..FF, got %02X %02X %02X %02X",
                header[0], header[1], header[2], header[3]), headerOffset);
        // the start code may begin inside the four bytes just read; its stream ID comes later
        startCodes.find(header, 1, 4);
    }

    private void startCode(int id) {
        if (id == END_CODE) {
            expectStartCode();
        } else if (id == PACK_HEADER) {
            expectHeader(State.PACK, 5);
        } else {
            expectHeader(State.PACKET, PACKET_HEADER_BYTES);
        }
    }

    private void packHeader() {
        int marker = header[4] & 0xFF;
        if (headerLength == 5) {
            if ((marker & 0xC0) == 0x40) {
                headerNeed = MPEG2_PACK_HEADER_BYTES;
            } else if ((marker & 0xF0) == 0x20) {
                headerNeed = MPEG1_PACK_HEADER_BYTES;
            } else {
                error(String.format("pack header is neither MPEG-2 (01xxxxxx) nor MPEG-1 (0010xxxx): byte 4 is %02X",
                        marker), headerOffset);
            }
            return;
        }
        int stuffing = headerLength == MPEG2_PACK_HEADER_BYTES ? header[13] & 0x07 : 0;
        skipThen(stuffing);
    }

    private void packet() {
        int id = header[3] & 0xFF;
        packetLength = (header[4] & 0xFF) << 8 | header[5] & 0xFF;
        if (id == STREAM_MAP) {
            if (packetLength > MAX_STREAM_MAP) {
                report("program stream map of " + packetLength + " bytes exceeds the " + MAX_STREAM_MAP
                        + "-byte maximum", headerOffset);
                skipThen(packetLength);
            } else {
                expectHeader(State.STREAM_MAP, PACKET_HEADER_BYTES + packetLength);
            }
        } else if (isVideo(id) && (videoStreamId < 0 || videoStreamId == id)) {
            if (packetLength == 0) {
                error(String.format("video PES packet %02X has length 0: unbounded PES packets are not allowed"
                        + " in a program stream", id), headerOffset);
                return;
            }
            videoStreamId = id;
            expectHeader(State.PES_START, PACKET_HEADER_BYTES + Math.min(packetLength, MPEG2_PES_FIXED));
        } else {
            skipThen(packetLength);
        }
    }

    private void pesStart() {
        if ((header[6] & 0xC0) != 0x80) {
            expectHeader(State.PES_HEADER, PACKET_HEADER_BYTES + Math.min(packetLength, MPEG1_PES_HEADER_MAX));
            return;
        }
        if (packetLength < MPEG2_PES_FIXED) {
            error("PES packet of " + packetLength + " bytes cannot hold the 3 fixed bytes of an MPEG-2 header",
                    headerOffset);
            return;
        }
        int dataLength = header[8] & 0xFF;
        if (packetLength < MPEG2_PES_FIXED + dataLength) {
            error("PES packet of " + packetLength + " bytes cannot hold its " + (MPEG2_PES_FIXED + dataLength)
                    + "-byte MPEG-2 header", headerOffset);
            return;
        }
        expectHeader(State.PES_HEADER, PACKET_HEADER_BYTES + MPEG2_PES_FIXED + dataLength);
    }

    private void pesHeader() {
        PesHeaders.Parsed parsed = (header[6] & 0xC0) == 0x80
                ? PesHeaders.mpeg2(header, headerLength) : PesHeaders.mpeg1(header, headerLength);
        if (parsed == null) {
            error(String.format("PES header of stream %02X is neither MPEG-2 nor valid MPEG-1 syntax",
                    header[3] & 0xFF), headerOffset);
            return;
        }
        assembler.pesStart(parsed.pts());
        int payloadInHeader = headerLength - parsed.length();
        remaining = packetLength - (headerLength - PACKET_HEADER_BYTES);
        if (payloadInHeader > 0) {
            assembler.append(header, parsed.length(), payloadInHeader);
        }
        if (remaining > 0) {
            state = State.VIDEO;
        } else {
            expectStartCode();
        }
    }

    private void streamMap() {
        String problem = streamMap.read(header, headerLength);
        if (problem != null) {
            report(problem, headerOffset);
        } else if (streamMap.videoStreamId() >= 0) {
            videoStreamId = streamMap.videoStreamId();
            if (streamMap.videoCodec() != null) {
                assembler.codec(streamMap.videoCodec());
            }
        }
        expectStartCode();
    }

    private static boolean isVideo(int id) {
        return (id & 0xF0) == 0xE0;
    }

    private void skipThen(int count) {
        if (count == 0) {
            expectStartCode();
        } else {
            remaining = count;
            state = State.SKIP;
        }
    }

    private void expectHeader(State next, int bytes) {
        state = next;
        headerNeed = bytes;
    }

    private void expectStartCode() {
        state = State.START_CODE;
        headerLength = 0;
        headerNeed = 4;
    }

    /** A problem that cost the position in the stream: the video around it is suspect too. */
    private void error(String problem, long offset) {
        report(problem, offset);
        assembler.discontinuity();
        resync();
    }

    private void report(String problem, long offset) {
        errors++;
        listener.error(new PsFormatException(problem, offset));
    }

    private void resync() {
        state = State.SYNC;
        headerLength = 0;
        startCodes.reset();
    }

    private final class AssemblerEvents implements AccessUnitAssembler.Events {
        @Override
        public void unit(AccessUnit unit) {
            units++;
            listener.accessUnit(unit);
        }

        @Override
        public void tooLarge(int limit) {
            report("access unit exceeds " + limit + " bytes; dropped", headerOffset);
        }

        @Override
        public void markerUnreliable() {
            report("RTP marker bit set inside a picture; ignoring markers from now on", headerOffset);
        }
    }
}
