package org.xueliang.analytics.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.detect.Detection;
import org.xueliang.analytics.detect.DetectorWork;
import org.xueliang.analytics.detect.MotionGatedDetector;
import org.xueliang.analytics.detect.ObjectDetector;
import org.xueliang.analytics.motion.MotionBlob;
import org.xueliang.analytics.motion.MotionDetector;
import org.xueliang.analytics.motion.MotionMask;
import org.xueliang.analytics.motion.MotionResult;
import org.xueliang.analytics.motion.StaticChange;
import org.xueliang.analytics.motion.StaticChangeDetector;
import org.xueliang.analytics.quality.QualityCheck;
import org.xueliang.analytics.quality.QualityFinding;
import org.xueliang.analytics.quality.QualityMonitor;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.rules.RuleFiring;
import org.xueliang.analytics.rules.RuleSet;
import org.xueliang.analytics.rules.Scene;
import org.xueliang.analytics.snapshot.SnapshotAnnotator;
import org.xueliang.analytics.track.FinishedTrack;
import org.xueliang.analytics.track.Geometry;
import org.xueliang.analytics.track.Observation;
import org.xueliang.analytics.track.TrackRecord;
import org.xueliang.analytics.track.TrackUpdate;
import org.xueliang.analytics.track.TrackedObject;
import org.xueliang.analytics.track.Tracker;
import org.xueliang.ingest.VideoFrame;

/**
 * One channel's analysis, stage by stage: motion on the small grey picture, detection on the
 * regions around motion and live tracks, tracking, rules, the long-term background when a rule
 * needs it, video-quality checks at a low rate, then snapshots and track records. Measures the
 * time of each stage.
 *
 * <p>Not thread-safe: {@code org.xueliang.analytics.ChannelAnalyser} serialises access. Holds
 * native memory through its stages; close it.
 */
public final class ChannelPipeline implements AutoCloseable {
    /**
     * A static change mostly covered by a live detector track (a person, a car) is that object
     * standing still, not something left behind. Motion-only tracks do not count: a bag that was
     * just put down is itself a motion track until the motion background absorbs it.
     */
    private static final double TRACKED_OVERLAP = 0.5;

    private final String channelId;
    private final PipelineConfig config;
    private final MotionDetector motion;
    private final MotionGatedDetector detector;
    private final Tracker tracker;
    private final QualityMonitor quality;
    private final StaticChanges staticChanges;
    private final TrackRecorder recorder;
    private final EventMaker events;
    private final StageClock clock = new StageClock();
    private List<TrackedObject> live = List.of();

    /**
     * @param channelId the channel
     * @param config    how to analyse
     * @param stages    the native stages, built by the caller so that a test or a stronger
     *                  detector can stand in; the pipeline closes them
     */
    public ChannelPipeline(String channelId, PipelineConfig config, Stages stages) {
        this.channelId = channelId;
        this.config = config;
        this.motion = stages.motion();
        this.detector = stages.detector() == null ? null
                : new MotionGatedDetector(stages.detector(), config.detection().gating());
        this.tracker = new Tracker(config.tracker());
        this.quality = stages.quality();
        this.staticChanges = new StaticChanges(config.staticChange(), stages.staticChanges());
        SnapshotAnnotator annotator = new SnapshotAnnotator();
        this.recorder = new TrackRecorder(channelId, annotator);
        this.events = new EventMaker(channelId, annotator);
    }

    /**
     * The native stages of a pipeline.
     *
     * @param motion        the motion detector
     * @param detector      the object detector, or null for motion-only tracking
     * @param quality       the video-quality monitor, or null for none
     * @param staticChanges makes the long-term background detector when a rule needs one
     */
    public record Stages(MotionDetector motion, ObjectDetector detector, QualityMonitor quality,
            Supplier<StaticChangeDetector> staticChanges) {
    }

    /**
     * @param frame the channel's next frame, in capture order
     * @param rules the channel's rules
     * @return the frame's events and finished tracks
     */
    public FrameAnalysis process(VideoFrame frame, RuleSet rules) {
        clock.startFrame();
        MotionResult moving = motion.detect(frame);
        clock.lap(Stage.MOTION);
        List<Detection> detections = detect(frame, moving.blobs());
        clock.lap(Stage.DETECTION);
        TrackUpdate update = tracker.update(frame.captureTime(), observations(detections, moving.blobs()));
        live = update.tracks();
        if (config.recordTracks()) {
            recorder.keepBest(frame, update.newBest(), update.tracks(), update.finished());
        }
        clock.lap(Stage.TRACKING);
        List<StaticChange> changes = untracked(staticChanges.update(frame, rules));
        clock.lap(Stage.STATIC_CHANGE);
        Scene scene = new Scene(frame.captureTime(), update.tracks(), moving.blobs(), changes, memo(motion::motionMask));
        List<RuleFiring> firings = rules.evaluate(scene);
        clock.lap(Stage.RULES);
        List<QualityFinding> findings = quality == null ? List.of() : quality.offer(frame);
        clock.lap(Stage.QUALITY);
        List<AnalyticsEvent> out = toEvents(frame, rules, firings, findings);
        List<TrackRecord> records = config.recordTracks() ? recorder.records(update.finished(), rules.configs())
                : List.of();
        clock.lap(Stage.SNAPSHOT);
        return new FrameAnalysis(out, records, update.tracks(), healthScore(), !moving.blobs().isEmpty());
    }

    /** @see QualityMonitor#signal(Duration, Instant) */
    public Optional<AnalyticsEvent> signal(Duration sinceLastFrame, Instant now) {
        if (quality == null) {
            return Optional.empty();
        }
        return quality.signal(sinceLastFrame, now).map(f -> events.fromFinding(null, f));
    }

    /** Ends every live track, for a channel that stops or a file that ends. */
    public List<TrackRecord> flushTracks(RuleSet rules) {
        List<FinishedTrack> finished = tracker.flush();
        List<TrackRecord> records = config.recordTracks() ? recorder.records(finished, rules.configs()) : List.of();
        recorder.clear();
        live = List.of();
        return records;
    }

    /** @return 0..100; 100 without quality checks */
    public int healthScore() {
        return quality == null ? 100 : quality.healthScore();
    }

    /** @return the video-quality checks failing now; empty without quality checks */
    public Set<QualityCheck> failingChecks() {
        return quality == null ? Set.of() : quality.active();
    }

    /** @return time spent per stage since the pipeline started */
    public StageTimings timings() {
        return clock.snapshot();
    }

    /** @return detector work and gating counters; all zero without a detector */
    public DetectorWork detectorWork() {
        return detector == null ? DetectorWork.none() : detector.work();
    }

    @Override
    public void close() {
        motion.close();
        if (detector != null) {
            detector.close();
        }
        if (quality != null) {
            quality.close();
        }
        staticChanges.close();
        recorder.clear();
    }

    private List<Detection> detect(VideoFrame frame, List<MotionBlob> blobs) {
        if (detector == null) {
            return List.of();
        }
        List<Box> tracked = new ArrayList<>(live.size());
        for (TrackedObject t : live) {
            tracked.add(t.box());
        }
        return detector.detect(frame, blobs, tracked);
    }

    private static List<Observation> observations(List<Detection> detections, List<MotionBlob> blobs) {
        List<Observation> all = new ArrayList<>(detections.size() + blobs.size());
        for (Detection d : detections) {
            all.add(Observation.detection(d.box(), d.label(), d.confidence()));
        }
        for (MotionBlob b : blobs) {
            all.add(Observation.motion(b.box()));
        }
        return all;
    }

    private List<StaticChange> untracked(List<StaticChange> changes) {
        if (changes.isEmpty()) {
            return changes;
        }
        List<StaticChange> kept = new ArrayList<>(changes.size());
        for (StaticChange c : changes) {
            double area = c.box().width() * c.box().height();
            boolean tracked = live.stream().anyMatch(t -> t.confirmed() && !Observation.MOTION.equals(t.label())
                    && Geometry.intersection(t.box(), c.box()) > TRACKED_OVERLAP * area);
            if (!tracked) {
                kept.add(c);
            }
        }
        return kept;
    }

    private List<AnalyticsEvent> toEvents(VideoFrame frame, RuleSet rules, List<RuleFiring> firings,
            List<QualityFinding> findings) {
        if (firings.isEmpty() && findings.isEmpty()) {
            return List.of();
        }
        Map<String, RuleConfig> byId = new HashMap<>();
        for (RuleConfig c : rules.configs()) {
            byId.put(c.id(), c);
        }
        List<AnalyticsEvent> out = new ArrayList<>(firings.size() + findings.size());
        for (RuleFiring f : firings) {
            out.add(events.fromFiring(frame, byId.get(f.ruleId()), f));
        }
        for (QualityFinding f : findings) {
            out.add(events.fromFinding(frame, f));
        }
        return out;
    }

    private static Supplier<MotionMask> memo(Supplier<MotionMask> source) {
        MotionMask[] cached = new MotionMask[1];
        return () -> {
            if (cached[0] == null) {
                cached[0] = source.get();
            }
            return cached[0];
        };
    }

    @Override
    public String toString() {
        return "analysis pipeline of channel " + channelId;
    }
}
