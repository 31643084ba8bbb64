package org.xueliang.analytics.rules;

/**
 * Which crossings of a line count. Side A of a line from {@code start} to {@code end} is the side
 * where {@code (end - start) x (p - start) > 0} in image coordinates (y down): for a line drawn
 * from top to bottom, A is the left of the picture; for one drawn from left to right, A is below.
 */
public enum CrossingDirection {
    /** From side A to side B only. */
    A_TO_B,
    /** From side B to side A only. */
    B_TO_A,
    /** Either way. */
    BOTH
}
