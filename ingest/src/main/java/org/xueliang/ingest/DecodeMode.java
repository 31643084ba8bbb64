package org.xueliang.ingest;

/**
 * How much of a stream a source decodes.
 *
 * <p>A channel with nothing moving needs to look at its scene only now and then: decoding its
 * keyframes alone costs a small share of decoding every picture (one picture in a GOP, and an
 * intra picture at that). When motion starts, the channel switches back to decoding every picture.
 */
public enum DecodeMode {
    /** Every picture is decoded. */
    ALL,
    /**
     * Only keyframes are decoded, each on its own as soon as it arrives; the other packets are
     * dropped before decoding. The packets since the last keyframe are kept so that switching back
     * to {@link #ALL} goes on from the last keyframe at once instead of waiting for the next one.
     */
    KEYFRAMES
}
