package org.xueliang.simulator.media;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Groups an Annex-B elementary stream, fed in arbitrary chunks, into access units. A new unit
 * starts at a parameter set/AUD/SEI or at a slice whose first_mb_in_slice (H.264) or
 * first_slice_segment_in_pic_flag (H.265) says it is the first of a picture, once the current
 * unit already holds a slice. A unit is complete only when the next one begins.
 */
public final class AnnexBSplitter {

    private static final byte[] START_CODE = {0, 0, 0, 1};

    private final VideoCodec codec;
    private byte[] buffer = new byte[128 * 1024];
    private int length;
    private int scanFrom;
    private int nalStart = -1;
    private final ByteArrayOutputStream unit = new ByteArrayOutputStream(64 * 1024);
    private boolean unitHasSlice;
    private boolean unitKeyframe;

    public AnnexBSplitter(VideoCodec codec) {
        this.codec = codec;
    }

    /** Appends stream bytes; returns the access units they complete. */
    public List<AccessUnit> feed(byte[] data, int offset, int count) {
        if (length + count > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(length + count, buffer.length * 2));
        }
        System.arraycopy(data, offset, buffer, length, count);
        length += count;
        List<AccessUnit> completed = new ArrayList<>(2);
        int i = scanFrom;
        while (i + 2 < length) {
            if ((buffer[i + 2] & 0xFF) > 1) {
                i += 3; // no start code can end at i+2, skip ahead
            } else if (buffer[i] == 0 && buffer[i + 1] == 0 && buffer[i + 2] == 1) {
                if (nalStart >= 0) {
                    nal(nalStart, i, completed);
                }
                nalStart = i + 3;
                i += 3;
            } else {
                i++;
            }
        }
        scanFrom = i;
        compact();
        return completed;
    }

    /** Ends the stream: the access units completed by the last NAL unit, then the last one. */
    public List<AccessUnit> flush() {
        List<AccessUnit> completed = new ArrayList<>(2);
        if (nalStart >= 0) {
            nal(nalStart, length, completed);
            nalStart = -1;
        }
        length = 0;
        scanFrom = 0;
        takeUnit().ifPresent(completed::add);
        return completed;
    }

    private void nal(int start, int end, List<AccessUnit> completed) {
        while (end > start && buffer[end - 1] == 0) {
            end--; // trailing zero bytes belong to the next start code (zero_byte) or are padding
        }
        if (end - start <= codec.nalHeaderLength()) {
            return;
        }
        int type = codec.nalType(buffer[start]);
        boolean slice = codec.isVcl(type);
        boolean firstSliceOfPicture = slice && (buffer[start + codec.nalHeaderLength()] & 0x80) != 0;
        if (unitHasSlice && (codec.startsAccessUnitBeforeSlices(type) || firstSliceOfPicture)) {
            takeUnit().ifPresent(completed::add);
        }
        unit.write(START_CODE, 0, START_CODE.length);
        unit.write(buffer, start, end - start);
        unitHasSlice |= slice;
        unitKeyframe |= codec.isKeyframe(type);
    }

    private Optional<AccessUnit> takeUnit() {
        if (unit.size() == 0) {
            return Optional.empty();
        }
        AccessUnit done = new AccessUnit(unit.toByteArray(), unitKeyframe);
        unit.reset();
        unitHasSlice = false;
        unitKeyframe = false;
        return Optional.of(done);
    }

    private void compact() {
        int keep = nalStart >= 0 ? nalStart : Math.max(0, scanFrom);
        if (keep == 0) {
            return;
        }
        System.arraycopy(buffer, keep, buffer, 0, length - keep);
        length -= keep;
        scanFrom -= keep;
        if (nalStart >= 0) {
            nalStart -= keep;
        }
    }
}
