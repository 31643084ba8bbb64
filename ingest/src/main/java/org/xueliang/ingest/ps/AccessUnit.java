package org.xueliang.ingest.ps;

import java.util.Arrays;
import java.util.Objects;

/**
 * One complete coded video picture as it leaves the program stream.
 *
 * <p>Equality compares the bytes, so that units from two demuxing runs can be compared.
 *
 * @param codec    how the picture is coded
 * @param annexB   the picture's NAL units, each with its Annex B start code; owned by the receiver
 * @param pts90k   presentation time on the 90 kHz clock (33 bits, as carried in the PES header), or
 *                 {@link #NO_PTS} when no PES header gave one
 * @param keyframe whether the picture can start decoding: an H.264 IDR or an H.265 IRAP picture
 */
public record AccessUnit(VideoCodec codec, byte[] annexB, long pts90k, boolean keyframe) {
    /** The value of {@link #pts90k()} when the stream gave no presentation time. */
    public static final long NO_PTS = -1;
    /** PTS values are 33-bit counters. */
    public static final long MAX_PTS = (1L << 33) - 1;

    public AccessUnit {
        Objects.requireNonNull(codec, "codec");
        if (annexB == null || annexB.length == 0) {
            throw new IllegalArgumentException("an access unit needs coded bytes");
        }
        if (pts90k != NO_PTS && (pts90k < 0 || pts90k > MAX_PTS)) {
            throw new IllegalArgumentException("PTS must be " + NO_PTS + " or within 0.." + MAX_PTS + ", got "
                    + pts90k);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccessUnit that && codec == that.codec && pts90k == that.pts90k
                && keyframe == that.keyframe && Arrays.equals(annexB, that.annexB);
    }

    @Override
    public int hashCode() {
        return Objects.hash(codec, pts90k, keyframe) * 31 + Arrays.hashCode(annexB);
    }

    @Override
    public String toString() {
        return "AccessUnit[" + codec + ", " + annexB.length + " bytes, pts90k=" + pts90k
                + (keyframe ? ", keyframe]" : "]");
    }
}
