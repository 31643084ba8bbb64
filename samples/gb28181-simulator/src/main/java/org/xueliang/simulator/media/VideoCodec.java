package org.xueliang.simulator.media;

import java.util.Locale;

/** Video codec of the simulated cameras, with its PSM stream type (ISO/IEC 13818-1 table 2-34). */
public enum VideoCodec {
    H264(0x1B),
    H265(0x24);

    private final int streamType;

    VideoCodec(int streamType) {
        this.streamType = streamType;
    }

    public int streamType() {
        return streamType;
    }

    /** Parses {@code h264}, {@code h265} or {@code hevc}. */
    public static VideoCodec parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "h264", "avc" -> H264;
            case "h265", "hevc" -> H265;
            default -> throw new IllegalArgumentException("video codec must be h264 or h265, got '" + text + "'");
        };
    }

    /** The NAL unit type from the first header byte(s) of a NAL unit. */
    int nalType(byte firstHeaderByte) {
        return this == H264 ? firstHeaderByte & 0x1F : (firstHeaderByte >> 1) & 0x3F;
    }

    boolean isVcl(int nalType) {
        return this == H264 ? nalType >= 1 && nalType <= 5 : nalType <= 31;
    }

    /** IDR for H.264; IRAP (BLA, IDR, CRA) for H.265. */
    boolean isKeyframe(int nalType) {
        return this == H264 ? nalType == 5 : nalType >= 16 && nalType <= 21;
    }

    /**
     * NAL types that may only appear before the first slice of an access unit (H.264 section 7.4.1.2.3:
     * AUD, SPS, PPS, SEI, 14-18; H.265 section 7.4.2.4.4: VPS, SPS, PPS, AUD, prefix SEI, 41-44, 48-55).
     */
    boolean startsAccessUnitBeforeSlices(int nalType) {
        if (this == H264) {
            return nalType == 6 || nalType == 7 || nalType == 8 || nalType == 9 || (nalType >= 14 && nalType <= 18);
        }
        return (nalType >= 32 && nalType <= 35) || nalType == 39 || (nalType >= 41 && nalType <= 44)
                || (nalType >= 48 && nalType <= 55);
    }

    /** Bytes of the NAL unit header: 1 for H.264, 2 for H.265. */
    int nalHeaderLength() {
        return this == H264 ? 1 : 2;
    }
}
