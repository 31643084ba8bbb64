package org.xueliang.analytics.motion;

import java.util.List;

/**
 * What the motion detector saw on one frame.
 *
 * @param blobs           moving regions at least {@link MotionConfig#minBlobArea()} large,
 *                        largest first
 * @param changedFraction fraction of the working frame whose difference to the background
 *                        exceeded the pixel threshold, before dilation (0..1)
 * @param calibrating     true while the detector (re)learns its background (first frame, size
 *                        change, sudden global change); {@code blobs} is then empty
 */
public record MotionResult(List<MotionBlob> blobs, double changedFraction, boolean calibrating) {
    public MotionResult {
        blobs = List.copyOf(blobs);
    }

    static MotionResult calibrating(double changedFraction) {
        return new MotionResult(List.of(), changedFraction, true);
    }
}
