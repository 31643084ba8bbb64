package org.xueliang.analytics.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.xueliang.analytics.Box;

/**
 * A rule fired on a frame.
 *
 * @param ruleId   the rule's id
 * @param type     event type, one of {@link org.xueliang.analytics.EventTypes}
 * @param time     capture time of the frame
 * @param boxes    boxes of what made it fire, normalised
 * @param trackIds the tracks involved; empty for motion and static-change rules
 * @param details  type-specific facts, keys from {@link org.xueliang.analytics.EventTypes}
 */
public record RuleFiring(String ruleId, String type, Instant time, List<Box> boxes, List<Long> trackIds,
        Map<String, String> details) {
    public RuleFiring {
        boxes = List.copyOf(boxes);
        trackIds = List.copyOf(trackIds);
        details = Map.copyOf(details);
    }
}
