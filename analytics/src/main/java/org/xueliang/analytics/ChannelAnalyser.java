package org.xueliang.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.analytics.motion.MotionConfig;
import org.xueliang.analytics.motion.MotionDetector;
import org.xueliang.analytics.motion.MotionResult;
import org.xueliang.analytics.motion.OpenCvMotionDetector;
import org.xueliang.analytics.rules.InvalidZoneRuleException;
import org.xueliang.analytics.rules.ZoneFiring;
import org.xueliang.analytics.rules.ZoneIntrusionRule;
import org.xueliang.analytics.snapshot.SnapshotAnnotator;
import org.xueliang.ingest.VideoFrame;

/**
 * The analysis of one channel: motion detection, then every zone rule, then an annotated
 * snapshot for each rule that fires.
 *
 * <p>Threading: {@link #analyse} is meant to be called by one thread at a time with the
 * channel's frames in capture order; it is not designed for concurrent callers (the frames of a
 * channel are ordered, and the motion background depends on that order). {@link #updateZones}
 * may be called from any thread: the new zones are handed over atomically and take effect on the
 * next frame, keeping the motion background and the state of zones that did not change.
 * {@link #close} may be called from any thread; it waits for a running {@link #analyse}.
 *
 * <p>Holds native memory: close it when the channel stops.
 */
public final class ChannelAnalyser implements AutoCloseable {
    /** Event type of a zone rule firing. */
    public static final String ZONE_INTRUSION = "ZONE_INTRUSION";

    private static final Logger LOG = LoggerFactory.getLogger(ChannelAnalyser.class);

    private final String channelId;
    private final MotionDetector motion;
    private final SnapshotAnnotator annotator;
    private final AtomicReference<List<ZoneIntrusionRule>> pendingRules = new AtomicReference<>();
    /** Serialises analyse() and close() so that native buffers are never freed while in use. */
    private final Object lock = new Object();
    private List<ZoneIntrusionRule> rules;
    private boolean closed;

    /**
     * @param channelId    the channel, copied into every event
     * @param motionConfig motion detector settings
     * @param zones        zone rules; ids must be unique
     * @throws InvalidZoneRuleException when a zone cannot be used
     */
    public ChannelAnalyser(String channelId, MotionConfig motionConfig, List<ZoneRuleConfig> zones) {
        // rules are built first so that a bad zone throws before native memory is allocated
        this(channelId, buildRules(channelId, zones), new OpenCvMotionDetector(motionConfig), new SnapshotAnnotator());
    }

    private ChannelAnalyser(
            String channelId, List<ZoneIntrusionRule> rules, MotionDetector motion, SnapshotAnnotator annotator) {
        this.channelId = channelId;
        this.rules = rules;
        this.motion = motion;
        this.annotator = annotator;
    }

    /** @return the channel this analyser serves */
    public String channelId() {
        return channelId;
    }

    /**
     * Analyses the channel's next frame.
     *
     * @param frame the next frame, in capture order
     * @return one {@link #ZONE_INTRUSION} event per zone that fired on this frame; usually none
     * @throws IllegalStateException after {@link #close}
     */
    public List<AnalyticsEvent> analyse(VideoFrame frame) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("analyser of channel " + channelId + " is closed");
            }
            takePendingRules();
            MotionResult result = motion.detect(frame);
            List<AnalyticsEvent> events = new ArrayList<>(0);
            for (ZoneIntrusionRule rule : rules) {
                Optional<ZoneFiring> firing = rule.evaluate(result.blobs(), frame.captureTime());
                firing.ifPresent(f -> events.add(toEvent(frame, rule.config(), f)));
            }
            return events.isEmpty() ? List.of() : List.copyOf(events);
        }
    }

    /**
     * Replaces the zones from the next frame on. Zones whose configuration is unchanged keep
     * their dwell and cooldown state; the motion background is kept. Safe from any thread.
     *
     * @param zones the new zones; ids must be unique
     * @throws InvalidZoneRuleException when a zone cannot be used; the current zones then stay
     */
    public void updateZones(List<ZoneRuleConfig> zones) {
        List<ZoneIntrusionRule> next = buildRules(channelId, zones);
        pendingRules.set(next);
        LOG.info("channel {}: zones {} take effect on the next frame", channelId,
                zones.stream().map(ZoneRuleConfig::id).toList());
    }

    /** Releases the native memory; waits for a running {@link #analyse}. Idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            if (!closed) {
                closed = true;
                motion.close();
            }
        }
    }

    private void takePendingRules() {
        List<ZoneIntrusionRule> next = pendingRules.getAndSet(null);
        if (next == null) {
            return;
        }
        Map<ZoneRuleConfig, ZoneIntrusionRule> current = new HashMap<>();
        for (ZoneIntrusionRule rule : rules) {
            current.put(rule.config(), rule);
        }
        List<ZoneIntrusionRule> merged = new ArrayList<>(next.size());
        for (ZoneIntrusionRule rule : next) {
            merged.add(current.getOrDefault(rule.config(), rule));
        }
        rules = List.copyOf(merged);
    }

    private AnalyticsEvent toEvent(VideoFrame frame, ZoneRuleConfig zone, ZoneFiring firing) {
        return new AnalyticsEvent(channelId, firing.ruleId(), ZONE_INTRUSION, firing.time(), firing.boxes(),
                snapshot(frame, zone, firing));
    }

    /** An alert without a picture is worth more than no alert, so encoding failures degrade. */
    private byte[] snapshot(VideoFrame frame, ZoneRuleConfig zone, ZoneFiring firing) {
        try {
            return annotator.annotate(frame, zone.polygon(), firing.boxes());
        } catch (RuntimeException e) {
            LOG.warn("channel {}: zone {} fired at {} but its snapshot could not be made; "
                    + "sending the event without one", channelId, zone.id(), firing.time(), e);
            return new byte[0];
        }
    }

    private static List<ZoneIntrusionRule> buildRules(String channelId, List<ZoneRuleConfig> zones) {
        Set<String> ids = new HashSet<>();
        List<ZoneIntrusionRule> built = new ArrayList<>(zones.size());
        for (ZoneRuleConfig zone : zones) {
            if (!ids.add(zone.id())) {
                throw new InvalidZoneRuleException(
                        "channel " + channelId + ": zone id '" + zone.id() + "' appears more than once");
            }
            built.add(new ZoneIntrusionRule(zone));
        }
        return List.copyOf(built);
    }
}
