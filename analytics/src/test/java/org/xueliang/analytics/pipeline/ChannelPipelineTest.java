package org.xueliang.analytics.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.ChannelAnalyser;
import org.xueliang.analytics.Clips;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Footage;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.SyntheticScene;
import org.xueliang.analytics.SyntheticScene.Rect;
import org.xueliang.analytics.detect.Detection;
import org.xueliang.analytics.detect.DetectionConfig;
import org.xueliang.analytics.detect.DetectorModelException;
import org.xueliang.analytics.detect.GatingConfig;
import org.xueliang.analytics.detect.ObjectDetector;
import org.xueliang.analytics.detect.OnnxDetectorConfig;
import org.xueliang.analytics.detect.YoloFormat;
import org.xueliang.analytics.motion.MotionConfig;
import org.xueliang.analytics.quality.QualityConfig;
import org.xueliang.analytics.rules.CrossingDirection;
import org.xueliang.analytics.rules.InvalidRuleException;
import org.xueliang.analytics.rules.LineCrossingConfig;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.rules.ZoneIntrusionConfig;
import org.xueliang.analytics.schedule.ArmingSchedule;
import org.xueliang.analytics.track.TrackRecord;
import org.xueliang.ingest.VideoFrame;

/** The whole pipeline through {@link ChannelAnalyser} on synthetic frames and clips of the footage. */
class ChannelPipelineTest {
    private static final int WARMUP = MotionConfig.defaults().warmupFrames();
    private static final int[] RED = {30, 30, 220};
    private static final RuleConfig YARD = new ZoneIntrusionConfig("yard", rect(0, 0, 0.5, 1), Set.of(),
            Duration.ofSeconds(1), ArmingSchedule.always(), Duration.ZERO);
    private static final RuleConfig GATE = new LineCrossingConfig("gate", new Point(0.6, 0), new Point(0.6, 1),
            CrossingDirection.A_TO_B, Set.of(), ArmingSchedule.always(), Duration.ZERO);
    private static final PipelineConfig NO_QUALITY = PipelineConfig.defaults().withQuality(QualityConfig.off());

    private final SyntheticScene scene = new SyntheticScene(640, 480, 21, 6);
    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopThread() throws InterruptedException {
        otherThread.shutdownNow();
        assertThat(otherThread.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    /** A red 60x120 object walking right 16 pixels a frame from x = 40 after the warm-up, gone at x >= 640. */
    private VideoFrame walker(int n) {
        int x = 40 + 16 * (n - WARMUP);
        return n < WARMUP || x >= 640 ? scene.frame(n) : scene.frame(n, 0, RED, new Rect(x, 200, 60, 120));
    }

    @Test
    void rulesUpdatedFromAnotherThreadKeepTheTracksAndTheStateOfUnchangedRules() throws Exception {
        List<AnalyticsEvent> events = new ArrayList<>();
        List<TrackRecord> records = new ArrayList<>();
        try (ChannelAnalyser analyser = new ChannelAnalyser("cam-3", NO_QUALITY, List.of(YARD))) {
            int n = 0;
            for (; n < WARMUP + 8; n++) {
                events.addAll(analyser.analyse(walker(n)));
            }
            assertThat(events).extracting(AnalyticsEvent::ruleId).containsExactly("yard");
            String walkerId = events.get(0).details().get(EventTypes.TRACK_IDS);

            CompletableFuture.runAsync(() -> analyser.updateRules(List.of(YARD, GATE)), otherThread).get();

            for (; n < WARMUP + 50; n++) {
                FrameAnalysis frame = analyser.analyseFrame(walker(n));
                events.addAll(frame.events());
                records.addAll(frame.finishedTracks());
            }
            // the yard did not fire again for the walker inside it; the new gate fired on the same track
            assertThat(events).extracting(AnalyticsEvent::ruleId).containsExactly("yard", "gate");
            AnalyticsEvent crossing = events.get(1);
            assertThat(crossing.details()).containsEntry(EventTypes.TRACK_IDS, walkerId)
                    .containsEntry(EventTypes.DIRECTION, "A_TO_B");
            Box box = crossing.boxes().get(0);
            assertThat(box.x() + box.width() / 2).isCloseTo(0.6, within(0.03));
            assertThat(analyser.rules()).containsExactly(YARD, GATE);
        }
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.channelId()).isEqualTo("cam-3");
            assertThat(Long.toString(r.trackId())).isEqualTo(events.get(0).details().get(EventTypes.TRACK_IDS));
            assertThat(r.label()).isEqualTo("motion");
            assertThat(r.dominantColour()).isEqualTo("red");
            assertThat(r.directionDegrees()).isCloseTo(90, within(5.0));
            // 16 pixels of 640 per 200 ms
            assertThat(r.meanSpeed()).isCloseTo(0.125, within(0.02));
            assertThat(r.regionIds()).containsExactly("yard");
            assertThat(r.path().size()).isGreaterThan(25);
            assertThat(r.bestSnapshotJpeg()).startsWith((byte) 0xFF, (byte) 0xD8);
            assertThat(r.bestBox().width()).isCloseTo(60 / 640.0, within(0.03));
        });
    }

    @Test
    void injectedDetectorLabelsTracksAndEveryStageIsTimed() {
        RuleConfig people = new ZoneIntrusionConfig("people", rect(0, 0, 1, 1), Set.of("person"), Duration.ZERO,
                ArmingSchedule.always(), Duration.ZERO);
        WalkerDetector fake = new WalkerDetector();
        PipelineConfig config = PipelineConfig.defaults()
                .withDetection(new DetectionConfig(List.of(), GatingConfig.defaults()));
        try (ChannelAnalyser analyser = new ChannelAnalyser("cam-4", config, List.of(people), fake)) {
            List<AnalyticsEvent> events = new ArrayList<>();
            for (; fake.frame < WARMUP + 10; fake.frame++) {
                events.addAll(analyser.analyse(walker(fake.frame)));
            }
            assertThat(events).singleElement().satisfies(e -> assertThat(e.details())
                    .containsEntry(EventTypes.LABELS, "person"));
            // nothing moved and nothing was tracked during the warm-up: no detection then
            assertThat(analyser.detectorWork().framesSkipped()).isEqualTo(WARMUP);
            assertThat(analyser.detectorWork().framesDetected()).isEqualTo(10);
            assertThat(fake.asked).hasSize(10).allSatisfy(regions -> assertThat(regions).isNotEmpty());

            StageTimings t = analyser.timings();
            assertThat(t.frames()).isEqualTo(WARMUP + 10);
            for (Stage s : List.of(Stage.MOTION, Stage.DETECTION, Stage.TRACKING, Stage.RULES, Stage.QUALITY,
                    Stage.SNAPSHOT)) {
                assertThat(t.nanos(s)).as(s.name()).isPositive();
            }
            assertThat(t.nanos(Stage.STATIC_CHANGE)).as("no abandoned-object rule, no long-term background")
                    .isLessThan(t.nanos(Stage.MOTION));
            assertThat(t.totalMillisPerFrame()).isCloseTo(
                    t.millisPerFrame(Stage.MOTION) + t.millisPerFrame(Stage.DETECTION) + t.millisPerFrame(Stage.TRACKING)
                    + t.millisPerFrame(Stage.RULES) + t.millisPerFrame(Stage.STATIC_CHANGE)
                    + t.millisPerFrame(Stage.QUALITY) + t.millisPerFrame(Stage.SNAPSHOT), within(1e-9));
            assertThat(analyser.timings().minus(t).frames()).isZero();
        }
    }

    /** Finds the walker of {@link #walker(int)} as a person wherever it is asked to look. */
    private static final class WalkerDetector implements ObjectDetector {
        final List<List<Box>> asked = new ArrayList<>();
        int frame;

        @Override
        public List<Detection> detect(VideoFrame videoFrame, List<Box> regions) {
            asked.add(regions);
            int x = 40 + 16 * (frame - WARMUP);
            return List.of(new Detection("person", 0.8, new Box(x / 640.0, 200 / 480.0, 60 / 640.0, 0.25)));
        }

        @Override
        public void close() {
        }
    }

    @Test
    void videoQualityEventsAndSignalLossComeOutOfTheAnalyser() throws Exception {
        Path blurred = Clips.make("quality-blurred", 20, "boxblur=10:enable='gte(t,8)'");
        List<AnalyticsEvent> events = new ArrayList<>();
        try (ChannelAnalyser analyser = new ChannelAnalyser("cam-5", PipelineConfig.defaults(), List.of())) {
            Footage.play(blurred, 20, 2, frame -> events.addAll(analyser.analyse(frame)));
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(EventTypes.VIDEO_QUALITY);
                assertThat(e.ruleId()).isEqualTo("quality.BLUR");
                assertThat(e.eventTime()).isEqualTo(Footage.START.plusSeconds(14));
                assertThat(e.details()).containsEntry(EventTypes.CHECK, "BLUR")
                        .containsEntry(EventTypes.HEALTH_SCORE, "70").containsKeys(EventTypes.VALUE, EventTypes.LIMIT);
                assertThat(e.snapshotJpeg()).startsWith((byte) 0xFF, (byte) 0xD8);
            });
            assertThat(analyser.healthScore()).isEqualTo(70);

            assertThat(analyser.checkSignal(Duration.ofSeconds(5), Footage.START.plusSeconds(25))).isEmpty();
            AnalyticsEvent lost = analyser.checkSignal(Duration.ofSeconds(12), Footage.START.plusSeconds(32))
                    .orElseThrow();
            assertThat(lost.ruleId()).isEqualTo("quality.SIGNAL_LOSS");
            assertThat(lost.details()).containsEntry(EventTypes.HEALTH_SCORE, "0");
            assertThat(lost.snapshotJpeg()).isEmpty();
            assertThat(analyser.checkSignal(Duration.ofSeconds(20), Footage.START.plusSeconds(40))).isEmpty();
            assertThat(analyser.healthScore()).isZero();
        }
    }

    @Test
    void badRulesAndMissingModelsFailAtConstruction() {
        RuleConfig bad = new ZoneIntrusionConfig("bad", List.of(new Point(0, 0)), Set.of(), Duration.ZERO,
                ArmingSchedule.always(), Duration.ZERO);
        assertThatThrownBy(() -> new ChannelAnalyser("cam-6", NO_QUALITY, List.of(bad)))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessage("rule 'bad': polygon: a polygon needs at least 3 points, got 1");
        Path missing = Path.of("target", "no-such-model.onnx");
        PipelineConfig onnx = NO_QUALITY.withDetection(new DetectionConfig(List.of(new OnnxDetectorConfig(missing,
                List.of("person"), 640, 0.5, 0.45, YoloFormat.AUTO)), GatingConfig.defaults()));
        assertThatThrownBy(() -> new ChannelAnalyser("cam-6", onnx, List.of()))
                .isInstanceOf(DetectorModelException.class)
                .hasMessageContaining(missing.toAbsolutePath().toString());
    }

    @Test
    void invalidUpdateLeavesTheRulesInForce() {
        try (ChannelAnalyser analyser = new ChannelAnalyser("cam-7", NO_QUALITY, List.of(YARD))) {
            assertThatThrownBy(() -> analyser.updateRules(List.of(GATE, GATE)))
                    .isInstanceOf(InvalidRuleException.class)
                    .hasMessage("channel cam-7: rule id 'gate' appears more than once");
            analyser.analyse(walker(0));
            assertThat(analyser.rules()).containsExactly(YARD);
        }
    }

    private static List<Point> rect(double x1, double y1, double x2, double y2) {
        return List.of(new Point(x1, y1), new Point(x2, y1), new Point(x2, y2), new Point(x1, y2));
    }
}
