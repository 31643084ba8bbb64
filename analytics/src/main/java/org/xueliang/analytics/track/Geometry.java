package org.xueliang.analytics.track;

import org.xueliang.analytics.Box;
import org.xueliang.analytics.Point;

/** Box and heading arithmetic in normalised coordinates, shared by the tracker and the rules. */
public final class Geometry {
    private Geometry() {
    }

    /** @return intersection over union of two boxes, 0..1 */
    public static double iou(Box a, Box b) {
        double inter = intersection(a, b);
        double union = a.width() * a.height() + b.width() * b.height() - inter;
        return union <= 0 ? 0 : inter / union;
    }

    /** @return area of the overlap of two boxes */
    public static double intersection(Box a, Box b) {
        double w = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
        double h = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    /** @return the bottom centre of a box, where a standing object touches the ground */
    public static Point foot(Box box) {
        return new Point(box.x() + box.width() / 2, box.y() + box.height());
    }

    /** @return the centre of a box */
    public static Point centre(Box box) {
        return new Point(box.x() + box.width() / 2, box.y() + box.height() / 2);
    }

    /** @return the Euclidean distance between two points */
    public static double distance(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    /**
     * @return the heading from {@code from} to {@code to} in degrees clockwise from the top of the
     *         picture (0 up, 90 right, 180 down, 270 left), 0 for no movement
     */
    public static double heading(Point from, Point to) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        if (dx == 0 && dy == 0) {
            return 0;
        }
        double degrees = Math.toDegrees(Math.atan2(dx, -dy));
        return degrees < 0 ? degrees + 360 : degrees;
    }
}
