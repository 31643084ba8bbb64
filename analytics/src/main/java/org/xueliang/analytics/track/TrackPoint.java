package org.xueliang.analytics.track;

import java.time.Instant;
import org.xueliang.analytics.Point;

/**
 * Where a track was at one moment: the bottom centre of its box (where a person stands), in
 * normalised frame coordinates.
 *
 * @param time  capture time of the frame
 * @param point bottom centre of the box
 */
public record TrackPoint(Instant time, Point point) {
}
