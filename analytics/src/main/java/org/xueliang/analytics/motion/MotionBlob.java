package org.xueliang.analytics.motion;

import org.xueliang.analytics.Box;

/**
 * One connected region of moving foreground.
 *
 * @param box  bounding box in normalised frame coordinates
 * @param area area enclosed by the region's outline, as a fraction of the frame area (0..1)
 */
public record MotionBlob(Box box, double area) {
    public MotionBlob {
        if (box == null) {
            throw new IllegalArgumentException("motion blob needs a box, got null");
        }
        if (area < 0 || area > 1) {
            throw new IllegalArgumentException("motion blob area must be a fraction in 0..1, got " + area);
        }
    }
}
