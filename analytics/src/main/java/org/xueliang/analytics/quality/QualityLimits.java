package org.xueliang.analytics.quality;

/**
 * When a measurement fails its check. Ratios compare with the channel's own baseline, learned
 * from its first samples, because a sharp picture of a foggy field and of a brick wall differ
 * more than a sharp and a blurred picture of either.
 *
 * @param darkLuma           mean grey level below which the picture is too dark
 * @param brightLuma         mean grey level above which it is too bright
 * @param frozenChange       changed fraction below which two samples count as identical
 * @param blurRatio          sharpness below this fraction of the baseline is blur (0..1)
 * @param occlusionFraction  fraction of flat grid cells from which the lens counts as covered,
 *                           when it is also well above the baseline's
 * @param colourShift        distance in the a*b* plane from the baseline's mean colour that is a cast
 * @param sceneCorrelation   correlation with the reference view below which the scene changed
 * @param sceneShift         shift against the reference view, as a fraction of the width, above
 *                           which the camera moved
 * @param noiseRatio         noise above this multiple of the baseline is heavy noise (&gt; 1)
 * @param noiseFloor         noise (grey levels) below which it is never heavy
 */
public record QualityLimits(double darkLuma, double brightLuma, double frozenChange, double blurRatio,
        double occlusionFraction, double colourShift, double sceneCorrelation, double sceneShift, double noiseRatio,
        double noiseFloor) {

    public QualityLimits {
        check(darkLuma >= 0 && darkLuma < brightLuma && brightLuma <= 255, "darkLuma/brightLuma",
                "0 <= darkLuma < brightLuma <= 255", darkLuma + "/" + brightLuma);
        check(frozenChange >= 0 && frozenChange < 1, "frozenChange", "in 0..1", frozenChange);
        check(blurRatio > 0 && blurRatio < 1, "blurRatio", "greater than 0 and less than 1", blurRatio);
        check(occlusionFraction > 0 && occlusionFraction <= 1, "occlusionFraction", "in (0, 1]", occlusionFraction);
        check(colourShift > 0, "colourShift", "greater than 0", colourShift);
        check(sceneCorrelation > -1 && sceneCorrelation < 1, "sceneCorrelation", "between -1 and 1",
                sceneCorrelation);
        check(sceneShift > 0 && sceneShift < 1, "sceneShift", "greater than 0 and less than 1", sceneShift);
        check(noiseRatio > 1, "noiseRatio", "greater than 1", noiseRatio);
        check(noiseFloor >= 0, "noiseFloor", "zero or positive", noiseFloor);
    }

    /**
     * Defaults measured on {@code vtest.avi} and clips made from it: the clean picture keeps
     * sharpness within 10% of its baseline, noise within 10%, its colour within 0.2 a*b* units,
     * correlation with the reference above 0.93 and shift below 2%, and changes about 6% of its
     * pixels between samples 2 s apart.
     *
     * @return dark below 35, bright above 225, frozen below 0.05% changed pixels, blur below 30%
     *         of the baseline sharpness, covered from 50% flat cells, cast beyond 10 a*b* units,
     *         scene change below 0.5 correlation or beyond a 6% shift, noise above 1.8 times the
     *         baseline and 5 grey levels
     */
    public static QualityLimits defaults() {
        return new QualityLimits(35, 225, 0.0005, 0.3, 0.5, 10, 0.5, 0.06, 1.8, 5);
    }

    private static void check(boolean ok, String key, String allowed, Object got) {
        if (!ok) {
            throw new IllegalArgumentException("quality limit '" + key + "' must be " + allowed + ", got " + got);
        }
    }
}
