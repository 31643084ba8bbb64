package org.xueliang.ingest.ps;

/**
 * Reads a program stream map (ISO/IEC 13818-1 2.5.4) for the first video stream and its codec.
 * The CRC is not checked: devices in the field often get it wrong, and the PES packets that follow
 * show soon enough whether the map was right.
 */
final class StreamMapReader {
    static final int TYPE_H264 = 0x1B;
    static final int TYPE_H265 = 0x24;

    private static final int CRC_BYTES = 4;
    /** Start code, length, two flag bytes, the two length fields and the CRC. */
    private static final int MIN_LENGTH = 16;
    private int videoStreamId = -1;
    private VideoCodec videoCodec;
    private int unsupportedType = -1;

    /**
     * Reads one map.
     *
     * @param b      the whole packet from its start code
     * @param length its length in bytes
     * @return a problem to report, or null
     */
    String read(byte[] b, int length) {
        if (length < MIN_LENGTH) {
            return "program stream map of " + length + " bytes is shorter than the " + MIN_LENGTH + "-byte minimum";
        }
        int end = length - CRC_BYTES;
        int infoLength = u16(b, 8);
        int p = 10 + infoLength;
        if (p + 2 > end) {
            return "program stream map of " + length + " bytes cannot hold its " + infoLength + "-byte info";
        }
        int mapEnd = p + 2 + u16(b, p);
        if (mapEnd > end) {
            return "program stream map of " + length + " bytes cannot hold its " + (mapEnd - p - 2)
                    + "-byte elementary stream map";
        }
        p += 2;
        while (p + 4 <= mapEnd) {
            int type = b[p] & 0xFF;
            int id = b[p + 1] & 0xFF;
            if ((id & 0xF0) == 0xE0) {
                return video(type, id);
            }
            p += 4 + u16(b, p + 2);
        }
        return null;
    }

    /** The video stream ID given by the last map, or -1. */
    int videoStreamId() {
        return videoStreamId;
    }

    /** The codec of that stream, or null when the map gave an unsupported type. */
    VideoCodec videoCodec() {
        return videoCodec;
    }

    private String video(int type, int id) {
        videoStreamId = id;
        videoCodec = switch (type) {
            case TYPE_H264 -> VideoCodec.H264;
            case TYPE_H265 -> VideoCodec.H265;
            default -> null;
        };
        if (videoCodec != null || type == unsupportedType) {
            return null;
        }
        // maps repeat with every keyframe: say it once per type
        unsupportedType = type;
        return String.format("program stream map gives video stream %02X type 0x%02X, not H.264 (0x1B) or"
                + " H.265 (0x24); trying the NAL units", id, type);
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) << 8 | b[p + 1] & 0xFF;
    }
}
