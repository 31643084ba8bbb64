package org.xueliang.analytics.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.analytics.ChannelAnalyser;
import org.xueliang.analytics.Footage;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.detect.DetectionConfig;
import org.xueliang.analytics.detect.DetectorWork;
import org.xueliang.analytics.detect.GatingConfig;
import org.xueliang.analytics.detect.HogDetectorConfig;
import org.xueliang.analytics.rules.CrossingDirection;
import org.xueliang.analytics.rules.LineCrossingConfig;
import org.xueliang.analytics.rules.LoiteringConfig;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.schedule.ArmingSchedule;

/**
 * The cost of each stage on the footage at 640x480, 5 fps, and the work motion gating saves the
 * HOG detector: the same 8 s with the detector on the regions around motion and tracks, and on
 * every whole frame. Logs the figures; asserts only what must hold on any machine.
 */
class StageCostFootageTest {
    private static final Logger LOG = LoggerFactory.getLogger(StageCostFootageTest.class);
    private static final List<RuleConfig> RULES = List.of(
            new LineCrossingConfig("line", new Point(0.3, 0.3), new Point(0.3, 0.6), CrossingDirection.BOTH, Set.of(),
                    ArmingSchedule.always(), Duration.ZERO),
            new LoiteringConfig("post", List.of(new Point(0.4, 0.35), new Point(0.6, 0.35), new Point(0.6, 0.55),
                    new Point(0.4, 0.55)), Set.of(), Duration.ofSeconds(6), ArmingSchedule.always(), Duration.ZERO));

    @Test
    void gatingCutsDetectorWorkAndEveryStageIsMeasured() throws Exception {
        // first loads of OpenCV code and the JIT would be booked to whichever run came first
        run("warm-up", PipelineConfig.defaults().withDetection(
                new DetectionConfig(List.of(HogDetectorConfig.defaults()), GatingConfig.defaults())), 3);
        Run motionOnly = run("motion only", PipelineConfig.defaults(), 8);
        Run gated = run("HOG gated", PipelineConfig.defaults().withDetection(
                new DetectionConfig(List.of(HogDetectorConfig.defaults()), GatingConfig.defaults())), 8);
        Run whole = run("HOG whole frame", PipelineConfig.defaults().withDetection(
                new DetectionConfig(List.of(HogDetectorConfig.defaults()), GatingConfig.off())), 8);

        assertThat(motionOnly.work()).isEqualTo(DetectorWork.none());
        assertThat(whole.work().detectorCalls()).isEqualTo(whole.timings().frames());
        assertThat(whole.work().areaSearched()).isEqualTo(whole.timings().frames());
        // the warm-up frames have no motion and no tracks
        assertThat(gated.work().framesSkipped()).isGreaterThanOrEqualTo(9);
        assertThat(gated.work().areaSearched()).isLessThan(0.6 * whole.work().areaSearched());
        assertThat(motionOnly.timings().millisPerFrame(Stage.MOTION)).isPositive();
        assertThat(motionOnly.timings().millisPerFrame(Stage.QUALITY)).isPositive();
        assertThat(gated.timings().millisPerFrame(Stage.DETECTION)).isPositive();
    }

    private record Run(StageTimings timings, DetectorWork work) {
    }

    private static Run run(String name, PipelineConfig config, double seconds) throws Exception {
        try (ChannelAnalyser analyser = new ChannelAnalyser("vtest", config, RULES)) {
            Footage.play(seconds, 2, analyser::analyseFrame);
            StageTimings t = analyser.timings();
            DetectorWork w = analyser.detectorWork();
            StringBuilder line = new StringBuilder();
            for (Stage s : Stage.values()) {
                line.append(String.format(Locale.ROOT, " %s %.2f", s.name().toLowerCase(Locale.ROOT),
                        t.millisPerFrame(s)));
            }
            LOG.info("{}: {} frames, ms/frame{}, total {}; detector {}", name, t.frames(), line,
                    String.format(Locale.ROOT, "%.2f", t.totalMillisPerFrame()), w);
            return new Run(t, w);
        }
    }
}
