package org.xueliang.ingest.ps;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Cuts a video elementary stream (Annex B byte stream) into access units, whatever the PES packets
 * around it: one PES may carry part of a picture or the end of one and the start of the next.
 *
 * <p>A unit ends where the next one's first NAL unit starts (an access unit delimiter, a parameter
 * set or SEI after the slices, or the first slice of another picture), or at an RTP marker. Start
 * codes are found eight bytes at a time: a word without a zero byte cannot hold the start of one,
 * and coded data rarely has zero bytes (emulation prevention sees to runs of them). Bytes are copied
 * once on the way in and once into the unit handed out.
 */
final class AccessUnitAssembler {
    /** Receives the assembler's results. */
    interface Events {
        void unit(AccessUnit unit);

        /** A unit grew beyond the limit and was dropped. */
        void tooLarge(int limit);

        /** An RTP marker ended a unit in the middle of a picture: markers are ignored from now on. */
        void markerUnreliable();
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int INITIAL_CAPACITY = 64 * 1024;
    private static final int PTS_SLOTS = 8;

    private final int maxBytes;
    private final Events events;
    private final long[] ptsOffsets = new long[PTS_SLOTS];
    private final long[] ptsValues = new long[PTS_SLOTS];
    private int ptsHead;
    private int ptsCount;
    private byte[] buffer;
    private int length;
    private int scanPosition;
    /** Elementary-stream offset of buffer[0]: PTS values are tied to the offsets their PES started at. */
    private long base;
    private VideoCodec codec;
    /** buffer[0] starts an access unit; false after a loss until the next unit starts. */
    private boolean collecting;
    private boolean unitStarted;
    private boolean hasSlice;
    private boolean keyframe;
    private long unitPts = AccessUnit.NO_PTS;
    private boolean afterMarker;
    private boolean trustMarkers = true;

    AccessUnitAssembler(int maxBytes, Events events) {
        this.maxBytes = maxBytes;
        this.events = events;
        this.buffer = new byte[Math.min(INITIAL_CAPACITY, maxBytes)];
    }

    /** Sets the codec announced by a program stream map; a change drops the unit in progress. */
    void codec(VideoCodec announced) {
        if (announced != codec) {
            codec = announced;
            discontinuity();
        }
    }

    /** The codec in use: announced, or recognised from the NAL units; null until known. */
    VideoCodec codec() {
        return codec;
    }

    /** A PES packet starts at the next appended byte; its PTS belongs to the first unit starting in it. */
    void pesStart(long pts) {
        if (pts == AccessUnit.NO_PTS) {
            return;
        }
        if (ptsCount == PTS_SLOTS) {
            ptsHead = (ptsHead + 1) % PTS_SLOTS;
            ptsCount--;
        }
        int slot = (ptsHead + ptsCount) % PTS_SLOTS;
        ptsOffsets[slot] = base + length;
        ptsValues[slot] = pts;
        ptsCount++;
    }

    /** Appends elementary-stream bytes and hands out every unit they complete. */
    void append(byte[] source, int offset, int count) {
        if (length + count > maxBytes) {
            events.tooLarge(maxBytes);
            // a unit that cannot be delivered is worthless: wait for the next one to start
            discard(length);
            scanPosition = 0;
            collecting = false;
            resetUnit();
            if (count > maxBytes) {
                base += count;
                return;
            }
        }
        if (length + count > buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes, Math.max(2L * buffer.length, length + count)));
        }
        System.arraycopy(source, offset, buffer, length, count);
        length += count;
        scan();
    }

    /** The caller knows the picture is complete (RTP marker): hand it out without waiting for the next. */
    void endOfFrame() {
        if (trustMarkers && collecting && hasSlice) {
            emitAll();
            afterMarker = true;
        }
    }

    /** The end of the input: hand out the last unit. */
    void flush() {
        if (collecting && hasSlice) {
            emitAll();
        }
    }

    /** Bytes were lost: drop the unit in progress and wait for the next one to start. */
    void discontinuity() {
        base += length;
        length = 0;
        scanPosition = 0;
        ptsCount = 0;
        collecting = false;
        afterMarker = false;
        resetUnit();
    }

    private void scan() {
        byte[] b = buffer;
        int i = scanPosition;
        while (i < length - 2) {
            if (i + Long.BYTES <= length) {
                long word = (long) LONGS.get(b, i);
                long zeros = (word - 0x0101010101010101L) & ~word & 0x8080808080808080L;
                if (zeros == 0) {
                    // a start code begins with a zero byte: none begins in these eight bytes
                    i += Long.BYTES;
                    continue;
                }
                // the lowest flagged byte is always a real zero (higher ones may be borrows)
                i += Long.numberOfTrailingZeros(zeros) >>> 3;
                if (i >= length - 2) {
                    break;
                }
            } else if (b[i] != 0) {
                i++;
                continue;
            }
            if (b[i + 1] != 0 || b[i + 2] != 1) {
                i++;
                continue;
            }
            int header = i + 3;
            if (header + NalUnits.HEADER_BYTES > length) {
                break;
            }
            i = header - nalUnit(i, header);
        }
        scanPosition = i;
    }

    /**
     * Handles the NAL unit whose start code is at {@code startCode}.
     *
     * @return how many bytes were removed from the front of the buffer
     */
    private int nalUnit(int startCode, int header) {
        if (codec == null) {
            codec = NalUnits.sniff(buffer, header);
            if (codec == null) {
                // nothing before a recognisable parameter set or delimiter can be decoded
                return discard(header);
            }
        }
        int flags = NalUnits.classify(codec, buffer, header);
        boolean opens = (flags & (NalUnits.DELIMITER | NalUnits.PREFIX | NalUnits.FIRST_SLICE)) != 0;
        int unitStart = startCode > 0 && buffer[startCode - 1] == 0 ? startCode - 1 : startCode;
        // a unit commences at its first byte, the zero_byte of a 4-byte start code (H.222.0 2.4.3.7)
        long unitOffset = base + unitStart;
        if (afterMarker) {
            afterMarker = false;
            if (!opens || !allZero(unitStart)) {
                // the marker cut a picture: the unit handed out was partial, and so is this one
                trustMarkers = false;
                collecting = false;
                events.markerUnreliable();
            }
        }
        int removed = 0;
        if (!collecting) {
            if (!opens) {
                return discard(header);
            }
            removed = discard(unitStart);
            collecting = true;
            resetUnit();
        } else if (opens && hasSlice) {
            emit(unitStart);
            removed = discard(unitStart);
        }
        if (!unitStarted) {
            unitStarted = true;
            unitPts = takePts(unitOffset);
        }
        hasSlice |= (flags & NalUnits.SLICE) != 0;
        keyframe |= (flags & NalUnits.KEY) != 0;
        return removed;
    }

    private boolean allZero(int end) {
        for (int i = 0; i < end; i++) {
            if (buffer[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The PTS of the last PES that started at or before {@code offset}, or none. */
    private long takePts(long offset) {
        long pts = AccessUnit.NO_PTS;
        while (ptsCount > 0 && ptsOffsets[ptsHead] <= offset) {
            pts = ptsValues[ptsHead];
            ptsHead = (ptsHead + 1) % PTS_SLOTS;
            ptsCount--;
        }
        return pts;
    }

    private void emitAll() {
        emit(length);
        discard(length);
        scanPosition = 0;
    }

    private void emit(int end) {
        events.unit(new AccessUnit(codec, Arrays.copyOf(buffer, end), unitPts, keyframe));
        resetUnit();
    }

    private void resetUnit() {
        unitStarted = false;
        hasSlice = false;
        keyframe = false;
        unitPts = AccessUnit.NO_PTS;
    }

    private int discard(int count) {
        if (count > 0) {
            System.arraycopy(buffer, count, buffer, 0, length - count);
            length -= count;
            base += count;
        }
        return count;
    }
}
