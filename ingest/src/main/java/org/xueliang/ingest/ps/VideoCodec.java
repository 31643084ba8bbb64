package org.xueliang.ingest.ps;

/** Video codecs carried in GB28181 program streams. */
public enum VideoCodec {
    /** H.264 / AVC, PSM stream type 0x1B. */
    H264,
    /** H.265 / HEVC, PSM stream type 0x24. */
    H265
}
