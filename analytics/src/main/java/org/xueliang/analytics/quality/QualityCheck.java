package org.xueliang.analytics.quality;

/**
 * The video-quality checks (视频质量诊断) and how many points each takes off the channel's health
 * score while it fails.
 */
public enum QualityCheck {
    /** No frames for too long; the health score drops to 0. */
    SIGNAL_LOSS(100),
    /** The picture has not changed at all for too long (encoder or camera hung). */
    FROZEN(60),
    /** A large part of the picture is flat and featureless (lens covered, sprayed, blocked). */
    OCCLUSION(50),
    /** The view no longer matches the reference view (camera moved or turned away). */
    SCENE_CHANGE(40),
    /** Mean brightness too low. */
    TOO_DARK(40),
    /** Mean brightness too high. */
    TOO_BRIGHT(30),
    /** Much less fine detail than the channel's own baseline (defocus, dirty or fogged lens). */
    BLUR(30),
    /** Much more pixel noise than the channel's own baseline. */
    NOISE(20),
    /** The colour balance moved away from the channel's own baseline. */
    COLOUR_CAST(15);

    private final int penalty;

    QualityCheck(int penalty) {
        this.penalty = penalty;
    }

    /** @return points taken off the health score of 100 while the check fails */
    public int penalty() {
        return penalty;
    }
}
