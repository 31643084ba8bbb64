package org.xueliang.analytics.motion;

import java.util.List;

/**
 * What the motion detector saw on one frame.
 *
 * @param blobs           moving regions at least {@link MotionConfig#minBlobArea()} large,
 *                        largest first
 * @param changedFraction fraction of the working frame whose difference to the background
 *                        exceeded the pixel threshold, before dilation (0..1); 0 for a frame
 *                        taken as a camera move
 * @param calibrating     true while the detector (re)learns its background (first frame, size
 *                        change, sudden global change, camera move); {@code blobs} is then empty
 * @param shake           the shift of the picture against the background in frame pixels,
 *                        compensated before comparing ({@link MotionConfig#maxShake()});
 *                        {@link CameraShift#NONE} while learning a background or without
 *                        compensation
 */
public record MotionResult(List<MotionBlob> blobs, double changedFraction, boolean calibrating, CameraShift shake) {
    public MotionResult {
        blobs = List.copyOf(blobs);
        if (shake == null) {
            throw new IllegalArgumentException("motion result needs a camera shift, got null");
        }
    }

    static MotionResult calibrating(double changedFraction, CameraShift shake) {
        return new MotionResult(List.of(), changedFraction, true, shake);
    }
}
