package org.xueliang.analytics;

/** A point in normalised frame coordinates: 0..1 from the left and top edges. */
public record Point(double x, double y) {
}
