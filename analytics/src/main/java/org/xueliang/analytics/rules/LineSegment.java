package org.xueliang.analytics.rules;

import org.xueliang.analytics.Point;

/** A line segment in normalised coordinates with a side test and a crossing test. Immutable. */
public final class LineSegment {
    private final Point start;
    private final Point end;

    /**
     * @throws IllegalArgumentException for equal or non-finite end points
     */
    public LineSegment(Point start, Point end) {
        if (start == null || end == null || !finite(start) || !finite(end)) {
            throw new IllegalArgumentException("line end points must be finite, got " + start + " and " + end);
        }
        if (start.equals(end)) {
            throw new IllegalArgumentException("line end points must differ, got " + start + " twice");
        }
        this.start = start;
        this.end = end;
    }

    /**
     * @return positive on side A, negative on side B, 0 on the line (see {@link CrossingDirection})
     */
    public double side(Point p) {
        return (end.x() - start.x()) * (p.y() - start.y()) - (end.y() - start.y()) * (p.x() - start.x());
    }

    /**
     * @return whether the step from {@code from} to {@code to} goes from one side to the other
     *         through the segment (not past one of its ends); a step that only touches the
     *         line does not cross it
     */
    public boolean crossedBy(Point from, Point to) {
        double s1 = side(from);
        double s2 = side(to);
        if (s1 == 0 || s2 == 0 || (s1 > 0) == (s2 > 0)) {
            return false;
        }
        // the line through the step must separate the segment's ends as well
        double e1 = cross(from, to, start);
        double e2 = cross(from, to, end);
        return (e1 >= 0) != (e2 >= 0) || e1 == 0 || e2 == 0;
    }

    private static double cross(Point a, Point b, Point p) {
        return (b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x());
    }

    private static boolean finite(Point p) {
        return Double.isFinite(p.x()) && Double.isFinite(p.y());
    }
}
