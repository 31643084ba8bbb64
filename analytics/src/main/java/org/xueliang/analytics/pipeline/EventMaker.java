package org.xueliang.analytics.pipeline;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.quality.QualityFinding;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.rules.RuleFiring;
import org.xueliang.analytics.rules.RuleGeometry;
import org.xueliang.analytics.snapshot.SnapshotAnnotator;
import org.xueliang.ingest.VideoFrame;

/** Turns rule firings and quality findings into events with annotated snapshots. */
final class EventMaker {
    /** Rule id prefix of video-quality events: {@code quality.BLUR}, {@code quality.SIGNAL_LOSS}, ... */
    static final String QUALITY_RULE_PREFIX = "quality.";

    private static final Logger LOG = LoggerFactory.getLogger(EventMaker.class);

    private final String channelId;
    private final SnapshotAnnotator annotator;

    EventMaker(String channelId, SnapshotAnnotator annotator) {
        this.channelId = channelId;
        this.annotator = annotator;
    }

    AnalyticsEvent fromFiring(VideoFrame frame, RuleConfig rule, RuleFiring firing) {
        List<Point> outline = RuleGeometry.outline(rule);
        byte[] jpeg = snapshot(frame, outline, RuleGeometry.closed(rule), firing);
        return new AnalyticsEvent(channelId, firing.ruleId(), firing.type(), firing.time(), firing.boxes(), jpeg,
                firing.details());
    }

    /** @param frame the sampled frame, or null for signal loss */
    AnalyticsEvent fromFinding(VideoFrame frame, QualityFinding finding) {
        Map<String, String> details = new HashMap<>();
        details.put(EventTypes.CHECK, finding.check().name());
        details.put(EventTypes.VALUE, String.format(Locale.ROOT, "%.4f", finding.value()));
        details.put(EventTypes.LIMIT, String.format(Locale.ROOT, "%.4f", finding.limit()));
        details.put(EventTypes.HEALTH_SCORE, Integer.toString(finding.healthScore()));
        byte[] jpeg = frame == null ? new byte[0] : picture(frame, finding.check().name(), finding.time());
        return new AnalyticsEvent(channelId, QUALITY_RULE_PREFIX + finding.check().name(), EventTypes.VIDEO_QUALITY,
                finding.time(), List.of(), jpeg, details);
    }

    /** An alert without a picture is worth more than no alert, so encoding failures degrade. */
    private byte[] snapshot(VideoFrame frame, List<Point> outline, boolean closed,
            RuleFiring firing) {
        try {
            return annotator.annotate(frame, outline, closed, firing.boxes());
        } catch (RuntimeException e) {
            LOG.warn("channel {}: rule {} fired at {} but its snapshot could not be made; sending the event without one",
                    channelId, firing.ruleId(), firing.time(), e);
            return new byte[0];
        }
    }

    private byte[] picture(VideoFrame frame, String check, Instant time) {
        try {
            return annotator.encode(frame);
        } catch (RuntimeException e) {
            LOG.warn("channel {}: quality check {} failed at {} but its snapshot could not be made", channelId, check,
                    time, e);
            return new byte[0];
        }
    }
}
