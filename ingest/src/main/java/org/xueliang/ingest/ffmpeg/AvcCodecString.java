package org.xueliang.ingest.ffmpeg;

import java.util.HexFormat;
import java.util.Optional;

/**
 * The RFC 6381 codecs parameter of an H.264 stream ({@code avc1.PPCCLL}: profile_idc, constraint
 * flags, level_idc in hex), as Media Source Extensions want it, read from the stream's extradata:
 * an ISO/IEC 14496-15 {@code avcC} record (MP4, Matroska) or Annex B parameter sets (RTSP's
 * sprop-parameter-sets, raw H.264). Pure.
 */
public final class AvcCodecString {
    private static final int SPS = 7;

    private AvcCodecString() {
    }

    /** @return {@code avc1.PPCCLL}, empty when the extradata holds no sequence parameter set */
    public static Optional<String> of(byte[] extradata) {
        if (extradata == null || extradata.length < 4) {
            return Optional.empty();
        }
        if (extradata[0] == 1) {
            // avcC: configurationVersion 1, then the SPS's profile, compatibility and level bytes
            return Optional.of(format(extradata, 1));
        }
        for (int i = 0; i + 3 < extradata.length; i++) {
            boolean startCode = extradata[i] == 0 && extradata[i + 1] == 0 && extradata[i + 2] == 1;
            if (startCode && (extradata[i + 3] & 0x1F) == SPS && i + 6 < extradata.length) {
                return Optional.of(format(extradata, i + 4));
            }
        }
        return Optional.empty();
    }

    private static String format(byte[] bytes, int offset) {
        return "avc1." + HexFormat.of().withUpperCase().formatHex(bytes, offset, offset + 3);
    }
}
