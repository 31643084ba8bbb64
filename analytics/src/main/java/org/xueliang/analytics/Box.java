package org.xueliang.analytics;

/**
 * An axis-aligned rectangle in normalised frame coordinates: 0..1 from the left and top edges,
 * so that boxes stay valid whatever the analysis size.
 */
public record Box(double x, double y, double width, double height) {
    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("box size must not be negative, got " + width + "x" + height);
        }
    }
}
