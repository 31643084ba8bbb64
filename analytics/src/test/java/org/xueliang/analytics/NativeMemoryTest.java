package org.xueliang.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.analytics.SyntheticScene.Rect;
import org.xueliang.analytics.detect.DetectionConfig;
import org.xueliang.analytics.detect.GatingConfig;
import org.xueliang.analytics.detect.OnnxDetectorConfig;
import org.xueliang.analytics.detect.YoloFormat;
import org.xueliang.analytics.detect.opencv.TinyOnnxModel;
import org.xueliang.analytics.motion.MotionConfig;
import org.xueliang.analytics.pipeline.FrameAnalysis;
import org.xueliang.analytics.pipeline.PipelineConfig;
import org.xueliang.analytics.rules.AbandonedObjectConfig;
import org.xueliang.analytics.rules.CrossingDirection;
import org.xueliang.analytics.rules.LineCrossingConfig;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.schedule.ArmingSchedule;
import org.xueliang.ingest.VideoFrame;

/**
 * A year on 1,500 channels forgives no native leak: after a warm-up, 1,000 more frames must not
 * leave a single JavaCPP pointer or native byte behind: 500 with a rule firing and a JPEG
 * snapshot on every frame, 500 with motion only. Logs the per-frame cost on the way.
 */
class NativeMemoryTest {
    private static final Logger LOG = LoggerFactory.getLogger(NativeMemoryTest.class);
    /**
     * Leaking the 640x480 snapshot picture would add 460 MB over 500 frames, the working grey
     * image 19 MB over 1,000. The build runs this with a fixed, pre-touched heap (see the
     * module's pom), so the resident size otherwise moves by a few MB of code cache and malloc
     * slack (up to 9 MB seen).
     */
    private static final long RESIDENT_GROWTH_LIMIT = 32L << 20;

    private static final int DISTINCT_PICTURES = 24;

    private final SyntheticScene scene = new SyntheticScene(640, 480, 5, 8);
    /**
     * Pictures are made once and reused so that the Java heap stays put and the resident size
     * reflects native memory.
     */
    private final byte[][] pictures = new byte[DISTINCT_PICTURES][];

    @Test
    void aThousandFramesLeaveNoNativeMemoryBehind() {
        // no dwell, no cooldown: the zone fires and a snapshot is encoded on every frame
        ZoneRuleConfig everywhere = new ZoneRuleConfig("all",
                List.of(new Point(0, 0), new Point(1, 0), new Point(1, 1), new Point(0, 1)),
                0.001, Duration.ZERO, Duration.ZERO);
        for (int i = 0; i < DISTINCT_PICTURES; i++) {
            pictures[i] = scene.frame(i, 0, new Rect(20 + i * 23, 200, 60, 120)).bgr();
        }
        try (ChannelAnalyser analyser = new ChannelAnalyser("leak", MotionConfig.defaults(), List.of(everywhere))) {
            // long enough for the JIT and the allocators to settle
            int events = run(analyser, 0, 300);
            // start from a clean slate: pointers left as garbage by earlier tests go now, not
            // in the middle of the measurement
            System.gc();
            Pointer.deallocateReferences();
            long count = Pointer.totalCount();
            long bytes = Pointer.totalBytes();
            long resident = residentBytes();

            long start = System.nanoTime();
            events += run(analyser, 300, 800);
            long firingNanos = System.nanoTime() - start;
            analyser.updateZones(List.of());
            start = System.nanoTime();
            int quietEvents = run(analyser, 800, 1300);
            long motionOnlyNanos = System.nanoTime() - start;

            LOG.info("640x480 analyse(): {} us a frame with a firing and JPEG snapshot each, {} us motion only",
                    firingNanos / 500_000, motionOnlyNanos / 500_000);
            LOG.info("1,000 frames: JavaCPP pointers {} -> {}, bytes {} -> {}, resident size growth {} KB",
                    count, Pointer.totalCount(), bytes, Pointer.totalBytes(), (residentBytes() - resident) / 1024);
            assertThat(events).isGreaterThan(750);
            assertThat(quietEvents).isZero();
            assertThat(Pointer.totalCount()).isEqualTo(count);
            assertThat(Pointer.totalBytes()).isEqualTo(bytes);
            assertThat(residentBytes() - resident).isLessThan(RESIDENT_GROWTH_LIMIT);
        }
    }

    /**
     * The whole pipeline: motion, an ONNX detector on the regions (the tiny test network), tracks
     * with best-view crops and records, a line and an abandoned-object rule (long-term
     * background), video-quality samples, snapshots. 300 frames warm it up, 600 more must not
     * leave a JavaCPP pointer behind.
     */
    @Test
    void theWholePipelineLeavesNoNativeMemoryBehind(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("tiny.onnx");
        float[] out = {32, 32, 20, 40, 0.9f, 0.9f};
        Files.write(model, TinyOnnxModel.build(64, new long[] {1, 1, 6}, out, new float[6][3]));
        for (int i = 0; i < DISTINCT_PICTURES; i++) {
            pictures[i] = scene.frame(i, 0, new Rect(20 + i * 23, 200, 60, 120)).bgr();
        }
        PipelineConfig config = PipelineConfig.defaults().withDetection(new DetectionConfig(List.of(
                new OnnxDetectorConfig(model, List.of("person"), 64, 0.5, 0.45, YoloFormat.V5)),
                GatingConfig.defaults()));
        List<RuleConfig> rules = List.of(
                new LineCrossingConfig("line", new Point(0.5, 0), new Point(0.5, 1), CrossingDirection.BOTH, Set.of(),
                        ArmingSchedule.always(), Duration.ZERO),
                new AbandonedObjectConfig("left", List.of(new Point(0, 0), new Point(1, 0), new Point(1, 1),
                        new Point(0, 1)), 0.001, 0.2, Duration.ofSeconds(1), ArmingSchedule.always(), Duration.ZERO));
        try (ChannelAnalyser analyser = new ChannelAnalyser("leak", config, rules)) {
            int[] records = {0};
            runWhole(analyser, 0, 300, records);
            System.gc();
            Pointer.deallocateReferences();
            long count = Pointer.totalCount();
            long bytes = Pointer.totalBytes();

            int events = runWhole(analyser, 300, 900, records);

            LOG.info("whole pipeline, 600 frames: {} events, {} track records, JavaCPP pointers {} -> {}, bytes {} -> {};"
                    + " {}", events, records[0], count, Pointer.totalCount(), bytes, Pointer.totalBytes(),
                    analyser.timings());
            assertThat(events).isPositive();
            assertThat(analyser.detectorWork().detectorCalls()).isPositive();
            assertThat(Pointer.totalCount()).isEqualTo(count);
            assertThat(Pointer.totalBytes()).isEqualTo(bytes);
        }
    }

    private int runWhole(ChannelAnalyser analyser, int from, int to, int[] records) {
        int events = 0;
        for (int i = from; i < to; i++) {
            VideoFrame frame = new VideoFrame("leak", i, SyntheticScene.timeOf(i), 640, 480,
                    pictures[i % DISTINCT_PICTURES]);
            FrameAnalysis result = analyser.analyseFrame(frame);
            events += result.events().size();
            records[0] += result.finishedTracks().size();
        }
        return events;
    }

    private int run(ChannelAnalyser analyser, int from, int to) {
        int events = 0;
        for (int i = from; i < to; i++) {
            VideoFrame frame = new VideoFrame("leak", i, SyntheticScene.timeOf(i), 640, 480,
                    pictures[i % DISTINCT_PICTURES]);
            events += analyser.analyse(frame).size();
        }
        return events;
    }

    private static long residentBytes() {
        return Pointer.physicalBytes();
    }
}
