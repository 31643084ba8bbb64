package org.xueliang.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.analytics.detect.DetectorModelException;
import org.xueliang.analytics.detect.DetectorWork;
import org.xueliang.analytics.detect.ObjectDetector;
import org.xueliang.analytics.detect.opencv.OpenCvDetectors;
import org.xueliang.analytics.motion.MotionConfig;
import org.xueliang.analytics.motion.OpenCvMotionDetector;
import org.xueliang.analytics.pipeline.ChannelPipeline;
import org.xueliang.analytics.pipeline.FrameAnalysis;
import org.xueliang.analytics.pipeline.PipelineConfig;
import org.xueliang.analytics.pipeline.StageTimings;
import org.xueliang.analytics.quality.QualityCheck;
import org.xueliang.analytics.quality.QualityMonitor;
import org.xueliang.analytics.quality.opencv.OpenCvQualityProbe;
import org.xueliang.analytics.rules.InvalidRuleException;
import org.xueliang.analytics.rules.InvalidZoneRuleException;
import org.xueliang.analytics.rules.MotionZoneConfig;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.rules.RuleSet;
import org.xueliang.analytics.rules.ZoneIntrusionRule;
import org.xueliang.analytics.schedule.ArmingSchedule;
import org.xueliang.analytics.track.TrackRecord;
import org.xueliang.ingest.VideoFrame;

/**
 * The analysis of one channel: motion, detection on the regions around motion, tracking, rules,
 * video-quality checks, annotated snapshots and track records (see {@link ChannelPipeline}).
 *
 * <p>Threading: {@link #analyse} and {@link #analyseFrame} are meant to be called by one thread
 * at a time with the channel's frames in capture order. {@link #updateRules} and
 * {@link #updateZones} may be called from any thread: the new rules are handed over atomically
 * and take effect on the next frame, keeping the motion background, the tracks and the state of
 * rules that did not change. The other methods may be called from any thread; they wait for a
 * running frame. {@link #close} waits for a running frame too.
 *
 * <p>Holds native memory: close it when the channel stops.
 */
public final class ChannelAnalyser implements AutoCloseable {
    /** Event type of a zone rule firing. */
    public static final String ZONE_INTRUSION = EventTypes.ZONE_INTRUSION;

    private static final Logger LOG = LoggerFactory.getLogger(ChannelAnalyser.class);

    private final String channelId;
    private final ChannelPipeline pipeline;
    /** The rules last asked for; the analysis thread builds from them when they change. */
    private final AtomicReference<List<RuleConfig>> requested;
    /** Serialises frames, reads and close() so that native buffers are never freed while in use. */
    private final Object lock = new Object();
    private List<RuleConfig> applied;
    private RuleSet rules;
    private boolean closed;

    /**
     * The first release's analyser: motion and motion zones only, no detector, no quality checks.
     *
     * @param channelId    the channel, copied into every event
     * @param motionConfig motion detector settings
     * @param zones        zone rules; ids must be unique
     * @throws InvalidZoneRuleException when a zone cannot be used
     */
    public ChannelAnalyser(String channelId, MotionConfig motionConfig, List<ZoneRuleConfig> zones) {
        this(channelId, PipelineConfig.motionOnly(motionConfig), motionZones(channelId, zones), null);
    }

    /**
     * @param channelId the channel, copied into every event and record
     * @param config    how to analyse; detectors are built from it
     * @param rules     the channel's rules; ids must be unique
     * @throws InvalidRuleException      when a rule cannot be used
     * @throws DetectorModelException    when a detector's model cannot be loaded
     */
    public ChannelAnalyser(String channelId, PipelineConfig config, List<? extends RuleConfig> rules) {
        this(channelId, config, rules, null);
    }

    /**
     * @param channelId the channel
     * @param config    how to analyse
     * @param rules     the channel's rules; ids must be unique
     * @param detector  the object detector to use instead of those of the configuration (a
     *                  stronger one, or a test double), or null to build them from it; closed
     *                  with the analyser
     * @throws InvalidRuleException   when a rule cannot be used
     * @throws DetectorModelException when a configured detector's model cannot be loaded
     */
    public ChannelAnalyser(String channelId, PipelineConfig config, List<? extends RuleConfig> rules,
            ObjectDetector detector) {
        this.channelId = channelId;
        // rules are checked first so that a bad rule throws before native memory is allocated
        this.rules = RuleSet.of(channelId, rules);
        this.applied = List.copyOf(rules);
        this.requested = new AtomicReference<>(applied);
        this.pipeline = new ChannelPipeline(channelId, config, stages(config, detector));
    }

    /** @return the channel this analyser serves */
    public String channelId() {
        return channelId;
    }

    /**
     * Analyses the channel's next frame.
     *
     * @param frame the next frame, in capture order
     * @return the events of this frame; usually none
     * @throws IllegalStateException after {@link #close}
     */
    public List<AnalyticsEvent> analyse(VideoFrame frame) {
        return analyseFrame(frame).events();
    }

    /**
     * Analyses the channel's next frame and returns everything it produced.
     *
     * @param frame the next frame, in capture order
     * @return events, records of the tracks that ended, live tracks and the health score
     * @throws IllegalStateException after {@link #close}
     */
    public FrameAnalysis analyseFrame(VideoFrame frame) {
        synchronized (lock) {
            requireOpen();
            takeRequestedRules();
            return pipeline.process(frame, rules);
        }
    }

    /**
     * Replaces every rule from the next frame on. Rules whose configuration is unchanged keep their
     * state; motion background and tracks are kept. Safe from any thread.
     *
     * @param next the new rules; ids must be unique
     * @throws InvalidRuleException when a rule cannot be used; the current rules then stay
     */
    public void updateRules(List<? extends RuleConfig> next) {
        RuleSet.of(channelId, next);
        requested.set(List.copyOf(next));
        LOG.info("channel {}: rules {} take effect on the next frame", channelId,
                next.stream().map(RuleConfig::id).toList());
    }

    /**
     * Replaces the motion zones ({@link MotionZoneConfig}) from the next frame on, keeping the
     * other rules. Zones whose configuration is unchanged keep their dwell and cooldown state; the
     * motion background is kept. Safe from any thread.
     *
     * @param zones the new zones; ids must be unique
     * @throws InvalidZoneRuleException when a zone cannot be used; the current zones then stay
     * @throws InvalidRuleException     when a zone id is used by another rule
     */
    public void updateZones(List<ZoneRuleConfig> zones) {
        List<RuleConfig> asRules = motionZones(channelId, zones);
        while (true) {
            List<RuleConfig> current = requested.get();
            List<RuleConfig> next = new ArrayList<>(asRules);
            current.stream().filter(r -> !(r instanceof MotionZoneConfig)).forEach(next::add);
            RuleSet.of(channelId, next);
            if (requested.compareAndSet(current, List.copyOf(next))) {
                break;
            }
        }
        LOG.info("channel {}: zones {} take effect on the next frame", channelId,
                zones.stream().map(ZoneRuleConfig::id).toList());
    }

    /**
     * Judges a channel that has sent no frame for a while: the server calls this from its health
     * check with the time since the channel's last frame.
     *
     * @param sinceLastFrame time since the last frame arrived
     * @param now            the current time
     * @return a {@link EventTypes#VIDEO_QUALITY} event for {@code SIGNAL_LOSS} the first time the
     *         gap exceeds the configured limit; empty otherwise or without quality checks
     */
    public Optional<AnalyticsEvent> checkSignal(Duration sinceLastFrame, Instant now) {
        synchronized (lock) {
            requireOpen();
            return pipeline.signal(sinceLastFrame, now);
        }
    }

    /**
     * Ends every live track, for example when a file ends or before the channel stops.
     *
     * @return the records of the confirmed tracks that were live
     */
    public List<TrackRecord> flushTracks() {
        synchronized (lock) {
            requireOpen();
            return pipeline.flushTracks(rules);
        }
    }

    /** @return the time spent in each stage since the analyser started */
    public StageTimings timings() {
        synchronized (lock) {
            return pipeline.timings();
        }
    }

    /** @return the detector's work and the motion-gating counters */
    public DetectorWork detectorWork() {
        synchronized (lock) {
            return pipeline.detectorWork();
        }
    }

    /** @return the channel's video health score 0..100 (100 without quality checks) */
    public int healthScore() {
        synchronized (lock) {
            return pipeline.healthScore();
        }
    }

    /** @return the video-quality checks failing now, which the health score is lowered by; empty without checks */
    public Set<QualityCheck> failingChecks() {
        synchronized (lock) {
            return pipeline.failingChecks();
        }
    }

    /** @return the rules in force on the last frame */
    public List<RuleConfig> rules() {
        synchronized (lock) {
            return rules.configs();
        }
    }

    /** Releases the native memory; waits for a running frame. Idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            if (!closed) {
                closed = true;
                pipeline.close();
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("analyser of channel " + channelId + " is closed");
        }
    }

    private void takeRequestedRules() {
        List<RuleConfig> next = requested.get();
        if (next != applied) {
            rules = rules.replace(channelId, next);
            applied = next;
        }
    }

    private static ChannelPipeline.Stages stages(PipelineConfig config, ObjectDetector detector) {
        ObjectDetector objects = detector;
        if (objects == null && !config.detection().detectors().isEmpty()) {
            objects = OpenCvDetectors.create(config.detection().detectors());
        }
        QualityMonitor quality = config.quality().enabled()
                ? new QualityMonitor(config.quality(), new OpenCvQualityProbe()) : null;
        return new ChannelPipeline.Stages(new OpenCvMotionDetector(config.motion()), objects, quality, null);
    }

    private static List<RuleConfig> motionZones(String channelId, List<ZoneRuleConfig> zones) {
        Set<String> ids = new HashSet<>();
        List<RuleConfig> rules = new ArrayList<>(zones.size());
        for (ZoneRuleConfig zone : zones) {
            if (!ids.add(zone.id())) {
                throw new InvalidZoneRuleException(
                        "channel " + channelId + ": zone id '" + zone.id() + "' appears more than once");
            }
            // built once to check the zone with the first release's messages
            new ZoneIntrusionRule(zone);
            rules.add(new MotionZoneConfig(zone, ArmingSchedule.always()));
        }
        return rules;
    }
}
