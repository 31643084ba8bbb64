package org.xueliang.analytics.rules;

import java.time.Instant;
import java.util.List;
import org.xueliang.analytics.Box;

/**
 * A zone rule fired.
 *
 * @param ruleId the rule's id
 * @param time   capture time of the frame on which it fired
 * @param boxes  the foreground boxes inside the zone on that frame
 */
public record ZoneFiring(String ruleId, Instant time, List<Box> boxes) {
    public ZoneFiring {
        boxes = List.copyOf(boxes);
    }
}
