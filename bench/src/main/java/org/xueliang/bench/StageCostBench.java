package org.xueliang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xueliang.analytics.ChannelAnalyser;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.detect.DetectionConfig;
import org.xueliang.analytics.detect.DetectorWork;
import org.xueliang.analytics.detect.GatingConfig;
import org.xueliang.analytics.detect.HogDetectorConfig;
import org.xueliang.analytics.eval.EvalMedia;
import org.xueliang.analytics.pipeline.PipelineConfig;
import org.xueliang.analytics.pipeline.Stage;
import org.xueliang.analytics.pipeline.StageTimings;
import org.xueliang.analytics.rules.CrossingDirection;
import org.xueliang.analytics.rules.LineCrossingConfig;
import org.xueliang.analytics.rules.LoiteringConfig;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.rules.ZoneIntrusionConfig;
import org.xueliang.analytics.schedule.ArmingSchedule;
import org.xueliang.ingest.VideoFrame;

/**
 * The cost of each analysis stage in milliseconds per frame at 640x480, 5 fps, on the demo
 * footage (the first 30 s of {@code vtest.avi}), for motion-only tracking and for the HOG people
 * detector gated by motion and on every whole frame; and the detector's work (calls, area
 * searched) with gating on and off. Frames are decoded before the clock runs, so only the
 * analysis is timed.
 */
public final class StageCostBench {
    private static final double SECONDS = 30;
    private static final ArmingSchedule ALWAYS = ArmingSchedule.always();
    private static final List<RuleConfig> RULES = List.of(
            new LineCrossingConfig("line", new Point(0.3, 0.3), new Point(0.3, 0.6), CrossingDirection.BOTH, Set.of(),
                    ALWAYS, Duration.ZERO),
            new ZoneIntrusionConfig("path-west", List.of(new Point(0, 0.3), new Point(0.3, 0.3), new Point(0.3, 0.65),
                    new Point(0, 0.65)), Set.of(), Duration.ofMillis(500), ALWAYS, Duration.ZERO),
            new LoiteringConfig("post", List.of(new Point(0.4, 0.35), new Point(0.6, 0.35), new Point(0.6, 0.55),
                    new Point(0.4, 0.55)), Set.of(), Duration.ofSeconds(6), ALWAYS, Duration.ZERO));

    private StageCostBench() {
    }

    private record Run(String name, StageTimings timings, DetectorWork work) {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path out = repo.resolve("bench/target/results");
        Files.createDirectories(out);
        Path footage = repo.resolve("samples/footage/vtest.avi");
        List<VideoFrame> frames = new ArrayList<>();
        EvalMedia.play(footage, SECONDS, 2, frames::add);

        PipelineConfig gated = PipelineConfig.defaults().withDetection(
                new DetectionConfig(List.of(HogDetectorConfig.defaults()), GatingConfig.defaults()));
        // the first run pays for loading OpenCV code and the JIT; it is not reported
        run("warm-up", gated, frames.subList(0, Math.min(30, frames.size())));
        List<Run> runs = List.of(
                run("motion only", PipelineConfig.defaults(), frames),
                run("HOG, gated by motion", gated, frames),
                run("HOG, whole frame (gating off)", PipelineConfig.defaults().withDetection(
                        new DetectionConfig(List.of(HogDetectorConfig.defaults()), GatingConfig.off())), frames));

        List<String> header = new ArrayList<>(List.of("pipeline", "frames"));
        for (Stage s : Stage.values()) {
            header.add(s.name().toLowerCase(Locale.ROOT) + " ms");
        }
        header.addAll(List.of("total ms", "detector frames", "skipped", "detector calls", "area searched (frames)"));
        Table table = new Table("stage cost per frame, vtest.avi " + frames.size() + " frames at 640x480, 5 fps, "
                + "quality checks on", header);
        for (Run r : runs) {
            List<String> row = new ArrayList<>(List.of(r.name(), Long.toString(r.timings().frames())));
            for (Stage s : Stage.values()) {
                row.add(String.format(Locale.ROOT, "%.2f", r.timings().millisPerFrame(s)));
            }
            row.add(String.format(Locale.ROOT, "%.2f", r.timings().totalMillisPerFrame()));
            row.add(Long.toString(r.work().framesDetected()));
            row.add(Long.toString(r.work().framesSkipped()));
            row.add(Long.toString(r.work().detectorCalls()));
            row.add(String.format(Locale.ROOT, "%.1f", r.work().areaSearched()));
            table.add(row.toArray(String[]::new));
        }
        System.out.print(table.render());
        DetectorWork on = runs.get(1).work();
        DetectorWork off = runs.get(2).work();
        System.out.printf(Locale.ROOT, "gating: detector area %.1f vs %.1f frames (%.0f%% of the work), detection "
                + "stage %.2f vs %.2f ms/frame%n", on.areaSearched(), off.areaSearched(),
                100 * on.areaSearched() / off.areaSearched(), runs.get(1).timings().millisPerFrame(Stage.DETECTION),
                runs.get(2).timings().millisPerFrame(Stage.DETECTION));
        Path csv = out.resolve("stages.csv");
        Files.writeString(csv, table.csv());
        System.out.println("written " + csv);
    }

    private static Run run(String name, PipelineConfig config, List<VideoFrame> frames) {
        try (ChannelAnalyser analyser = new ChannelAnalyser("vtest", config, RULES)) {
            frames.forEach(analyser::analyseFrame);
            return new Run(name, analyser.timings(), analyser.detectorWork());
        }
    }
}
