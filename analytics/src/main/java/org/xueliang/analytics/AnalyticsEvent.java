package org.xueliang.analytics;

import java.time.Instant;
import java.util.List;

/**
 * Something a rule saw on a channel, ready to become an alert.
 *
 * @param channelId    the channel
 * @param ruleId       the rule that fired
 * @param type         event type, for example {@code ZONE_INTRUSION}
 * @param eventTime    capture time of the frame on which the rule fired
 * @param boxes        the objects that made the rule fire, normalised coordinates
 * @param snapshotJpeg the frame as JPEG with the zone outline and the boxes drawn
 */
public record AnalyticsEvent(
        String channelId, String ruleId, String type, Instant eventTime, List<Box> boxes, byte[] snapshotJpeg) {
    public AnalyticsEvent {
        boxes = List.copyOf(boxes);
    }
}
