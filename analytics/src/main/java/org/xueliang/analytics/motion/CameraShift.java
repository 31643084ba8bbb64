package org.xueliang.analytics.motion;

/**
 * How far the whole picture has moved against the motion background: the camera shaking on its
 * mount. Positive {@code dx} means the scene appears further right than in the background.
 *
 * @param dx horizontal shift in pixels
 * @param dy vertical shift in pixels
 */
public record CameraShift(double dx, double dy) {
    /** No shift. */
    public static final CameraShift NONE = new CameraShift(0, 0);

    public CameraShift {
        if (!Double.isFinite(dx) || !Double.isFinite(dy)) {
            throw new IllegalArgumentException("camera shift must be finite, got " + dx + ", " + dy);
        }
    }

    /** @return the length of the shift in pixels */
    public double length() {
        return Math.hypot(dx, dy);
    }

    /** @return the same shift measured in pixels {@code factor} times as small */
    public CameraShift scaled(double factor) {
        return new CameraShift(dx * factor, dy * factor);
    }
}
