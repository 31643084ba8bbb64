package org.xueliang.analytics.rules;

import java.util.List;
import org.xueliang.analytics.Point;

/**
 * A simple polygon in normalised coordinates, convex or not, with an even-odd inside test.
 * Immutable.
 */
public final class ZonePolygon {
    private final double[] xs;
    private final double[] ys;

    /**
     * @param points at least three vertices in order; the last connects back to the first
     * @throws IllegalArgumentException for fewer than three points or a non-finite coordinate
     */
    public ZonePolygon(List<Point> points) {
        if (points.size() < 3) {
            throw new IllegalArgumentException("a polygon needs at least 3 points, got " + points.size());
        }
        xs = new double[points.size()];
        ys = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                throw new IllegalArgumentException("polygon point " + i + " must be finite, got " + p);
            }
            xs[i] = p.x();
            ys[i] = p.y();
        }
    }

    /**
     * Casts a ray to the right of the point and counts the edges it crosses; an odd count is
     * inside. Points exactly on an edge may fall either way, which does not matter for
     * foreground blobs measured in pixels.
     *
     * @return whether (x, y) lies inside
     */
    public boolean contains(double x, double y) {
        boolean inside = false;
        for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
            boolean spansY = (ys[i] > y) != (ys[j] > y);
            if (spansY) {
                double crossingX = xs[i] + (y - ys[i]) * (xs[j] - xs[i]) / (ys[j] - ys[i]);
                if (x < crossingX) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /** @return whether the point lies inside */
    public boolean contains(Point p) {
        return contains(p.x(), p.y());
    }
}
