package org.xueliang.analytics.quality;

import java.time.Instant;

/**
 * What a {@link QualityProbe} measured on one sampled frame.
 *
 * @param time                 capture time of the frame
 * @param meanLuma             mean grey level, 0..255
 * @param sharpness            variance of the Laplacian of the grey picture: fine detail
 * @param noise                estimated standard deviation of pixel noise, grey levels
 *                             (Immerkær's fast estimate)
 * @param changedFraction      fraction of pixels that differ from the previous sample by more
 *                             than a few grey levels; NaN for the first sample
 * @param uniformFraction      fraction of the picture's grid cells with almost no texture
 * @param colourA              mean of CIELAB a* (green-red), about -128..127
 * @param colourB              mean of CIELAB b* (blue-yellow), about -128..127
 * @param referenceCorrelation normalised correlation of the small blurred picture with the
 *                             reference view, -1..1; NaN without a reference
 * @param referenceShift       translation to the reference view found by phase correlation, as
 *                             a fraction of the picture width; NaN without a reference
 */
public record QualityMetrics(Instant time, double meanLuma, double sharpness, double noise, double changedFraction,
        double uniformFraction, double colourA, double colourB, double referenceCorrelation, double referenceShift) {
}
