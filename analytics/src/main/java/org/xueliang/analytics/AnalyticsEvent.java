package org.xueliang.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something a rule saw on a channel, ready to become an alert.
 *
 * @param channelId    the channel
 * @param ruleId       the rule that fired; for {@link EventTypes#VIDEO_QUALITY} the check, for
 *                     example {@code quality.BLUR}
 * @param type         event type, one of {@link EventTypes}
 * @param eventTime    capture time of the frame on which the rule fired
 * @param boxes        the objects that made the rule fire, normalised coordinates
 * @param snapshotJpeg the frame as JPEG with the rule's zone or line and the boxes drawn; empty
 *                     when no picture could be made
 * @param details      facts that depend on the type, keys listed in {@link EventTypes}
 *                     (for example {@code trackIds}, {@code direction}, {@code healthScore})
 */
public record AnalyticsEvent(String channelId, String ruleId, String type, Instant eventTime, List<Box> boxes,
        byte[] snapshotJpeg, Map<String, String> details) {
    public AnalyticsEvent {
        boxes = List.copyOf(boxes);
        details = Map.copyOf(details);
    }

    /** An event without details, as the zone rule of the first release produces. */
    public AnalyticsEvent(String channelId, String ruleId, String type, Instant eventTime, List<Box> boxes,
            byte[] snapshotJpeg) {
        this(channelId, ruleId, type, eventTime, boxes, snapshotJpeg, Map.of());
    }
}
