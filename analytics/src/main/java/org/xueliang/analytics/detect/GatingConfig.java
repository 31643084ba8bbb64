package org.xueliang.analytics.detect;

/**
 * How detection is limited to the regions around motion (and around live tracks, so that a
 * person who stops moving stays detected).
 *
 * @param enabled       false runs the detector on the whole frame on every frame (for comparison)
 * @param padding       margin added on each side of a motion box, as a fraction of its size
 * @param minRegionSide smallest region side, as a fraction of the frame's height (regions are
 *                      grown around their centre to this)
 * @param maxRegions    more regions than this are replaced by their common bounding box
 * @param includeTracks whether live tracks' boxes seed regions as well as motion
 */
public record GatingConfig(boolean enabled, double padding, double minRegionSide, int maxRegions,
        boolean includeTracks) {

    public GatingConfig {
        Checks.require(padding >= 0 && padding <= 2, "gating", "padding", "between 0 and 2", padding);
        Checks.require(minRegionSide >= 0 && minRegionSide <= 1, "gating", "minRegionSide", "between 0 and 1",
                minRegionSide);
        Checks.require(maxRegions >= 1 && maxRegions <= 64, "gating", "maxRegions", "between 1 and 64", maxRegions);
    }

    /** @return gating on, 30% padding, regions at least a quarter of the frame tall, 6 regions, tracks included */
    public static GatingConfig defaults() {
        return new GatingConfig(true, 0.3, 0.25, 6, true);
    }

    /** @return no gating: the whole frame on every frame */
    public static GatingConfig off() {
        return new GatingConfig(false, 0, 0, 1, false);
    }
}
