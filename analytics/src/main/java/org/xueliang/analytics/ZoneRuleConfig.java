package org.xueliang.analytics;

import java.time.Duration;
import java.util.List;

/**
 * A zone intrusion rule: fires when moving foreground of at least {@code minArea} stays inside
 * the polygon for at least {@code minDwell}, then stays quiet for {@code cooldown}.
 *
 * @param id       rule id, unique within the channel
 * @param polygon  at least three points in normalised coordinates
 * @param minArea  smallest foreground area that counts, as a fraction of the frame area (0..1)
 * @param minDwell how long the foreground must stay inside before the rule fires
 * @param cooldown quiet time after firing
 */
public record ZoneRuleConfig(String id, List<Point> polygon, double minArea, Duration minDwell, Duration cooldown) {
    public ZoneRuleConfig {
        polygon = List.copyOf(polygon);
    }
}
