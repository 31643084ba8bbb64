package org.xueliang.ingest.ps;

/**
 * What a NAL unit header says about access-unit boundaries, for H.264 (ITU-T H.264 7.4.1.2.3) and
 * H.265 (ITU-T H.265 7.4.2.4.4), and which codec an unlabelled stream uses.
 *
 * <p>Each classification reads at most the first {@link #HEADER_BYTES} bytes after the start code.
 */
final class NalUnits {
    /** Bytes after the start code needed to classify a NAL unit. */
    static final int HEADER_BYTES = 3;

    /** Always starts a new access unit (an access unit delimiter). */
    static final int DELIMITER = 1;
    /** Starts a new access unit when it follows a picture's slices (parameter sets, SEI and the like). */
    static final int PREFIX = 1 << 1;
    /** A slice of a picture. */
    static final int SLICE = 1 << 2;
    /** The first slice of a picture: starts a new access unit when it follows another picture's slices. */
    static final int FIRST_SLICE = 1 << 3;
    /** A slice of a picture that decoding can start at. */
    static final int KEY = 1 << 4;

    private static final int H264_SLICE = 1;
    private static final int H264_IDR = 5;
    private static final int H264_SEI = 6;
    private static final int H264_SPS = 7;
    private static final int H264_AUD = 9;
    private static final int H265_IRAP_FIRST = 16;
    private static final int H265_IRAP_LAST = 21;
    private static final int H265_LAST_VCL = 31;
    private static final int H265_VPS = 32;
    private static final int H265_AUD = 35;
    private static final int H265_PREFIX_SEI = 39;

    private NalUnits() {
    }

    /**
     * The boundary flags of the NAL unit whose header starts at {@code p}.
     *
     * @param b a buffer holding at least {@link #HEADER_BYTES} bytes from {@code p}
     */
    static int classify(VideoCodec codec, byte[] b, int p) {
        return codec == VideoCodec.H264 ? classifyH264(b, p) : classifyH265(b, p);
    }

    private static int classifyH264(byte[] b, int p) {
        int type = b[p] & 0x1F;
        if (type >= H264_SLICE && type <= H264_IDR) {
            // first_mb_in_slice is ue(v): its first bit is 1 exactly when it is 0
            int first = (b[p + 1] & 0x80) != 0 ? FIRST_SLICE : 0;
            return SLICE | first | (type == H264_IDR ? KEY : 0);
        }
        if (type == H264_AUD) {
            return DELIMITER;
        }
        // SEI, SPS, PPS and types 14..18 open an access unit after the last slice (7.4.1.2.3)
        if (type == H264_SEI || type == H264_SPS || type == 8 || (type >= 14 && type <= 18)) {
            return PREFIX;
        }
        return 0;
    }

    private static int classifyH265(byte[] b, int p) {
        int type = (b[p] >> 1) & 0x3F;
        if (type <= H265_LAST_VCL) {
            // first_slice_segment_in_pic_flag is the first bit after the 2-byte header
            int first = (b[p + 2] & 0x80) != 0 ? FIRST_SLICE : 0;
            boolean irap = type >= H265_IRAP_FIRST && type <= H265_IRAP_LAST;
            return SLICE | first | (irap ? KEY : 0);
        }
        if (type == H265_AUD) {
            return DELIMITER;
        }
        // VPS, SPS, PPS, prefix SEI, reserved 41..44 and unspecified 48..55 (7.4.2.4.4)
        if ((type >= H265_VPS && type <= 34) || type == H265_PREFIX_SEI || (type >= 41 && type <= 44)
                || (type >= 48 && type <= 55)) {
            return PREFIX;
        }
        return 0;
    }

    /**
     * The codec of an unlabelled stream, from a NAL unit that only one of them can have at the start
     * of a decodable stream: an H.265 VPS, SPS, PPS, AUD, prefix SEI or IRAP slice header with layer 0
     * and temporal ID 0, or an H.264 SPS with a known profile or an access unit delimiter. The two
     * sets share no first byte.
     *
     * @return the codec, or null when this NAL unit does not tell
     */
    static VideoCodec sniff(byte[] b, int p) {
        int first = b[p] & 0xFF;
        int second = b[p + 1] & 0xFF;
        if (second == 0x01 && (first & 0x81) == 0) {
            int type = first >> 1;
            if ((type >= H265_VPS && type <= H265_AUD) || type == H265_PREFIX_SEI
                    || (type >= 19 && type <= H265_IRAP_LAST)) {
                return VideoCodec.H265;
            }
        }
        if ((first & 0x80) == 0 && (first & 0x1F) == H264_SPS && isH264Profile(second)) {
            return VideoCodec.H264;
        }
        // an AUD carries primary_pic_type (3 bits) then the stop bit
        if (first == H264_AUD && (second & 0x1F) == 0x10) {
            return VideoCodec.H264;
        }
        return null;
    }

    private static boolean isH264Profile(int profileIdc) {
        return switch (profileIdc) {
            case 44, 66, 77, 83, 86, 88, 100, 110, 118, 122, 128, 134, 135, 138, 139, 244 -> true;
            default -> false;
        };
    }
}
