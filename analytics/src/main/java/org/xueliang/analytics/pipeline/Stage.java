package org.xueliang.analytics.pipeline;

/** The stages of a channel's analysis whose cost is measured. */
public enum Stage {
    /** Background subtraction on the small grey picture. */
    MOTION,
    /** Object detectors on the regions around motion. */
    DETECTION,
    /** Association of detections and blobs to tracks, and keeping the best view of each. */
    TRACKING,
    /** Every rule on the frame's tracks. */
    RULES,
    /** Long-term background for abandoned and removed objects (only when such a rule exists). */
    STATIC_CHANGE,
    /** Video-quality measurements (one frame every few seconds). */
    QUALITY,
    /** Annotated JPEG snapshots of events, crops and colours of finished tracks. */
    SNAPSHOT
}
