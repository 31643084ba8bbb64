package org.xueliang.analytics.detect;

/**
 * How much detection a channel did: the motion gating counters.
 *
 * @param frames         frames offered to the gated detector
 * @param framesDetected frames on which the detector ran
 * @param framesSkipped  frames skipped because nothing moved and nothing was tracked
 * @param detectorCalls  regions handed to the detector (one per frame without gating)
 * @param areaSearched   sum of the regions' areas as fractions of the frame (1.0 = one whole
 *                       frame): the honest measure of work, since one large region costs more
 *                       than several small ones
 */
public record DetectorWork(long frames, long framesDetected, long framesSkipped, long detectorCalls,
        double areaSearched) {

    /** @return nothing done yet */
    public static DetectorWork none() {
        return new DetectorWork(0, 0, 0, 0, 0);
    }
}
