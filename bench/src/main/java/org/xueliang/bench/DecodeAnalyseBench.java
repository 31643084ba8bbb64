package org.xueliang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueliang.analytics.ChannelAnalyser;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.ZoneRuleConfig;
import org.xueliang.analytics.motion.MotionConfig;
import org.xueliang.analytics.pipeline.Stage;
import org.xueliang.analytics.pipeline.StageTimings;
import org.xueliang.ingest.VideoFrame;
import org.xueliang.ingest.ffmpeg.InputReader;
import org.xueliang.ingest.sampling.FrameSampler;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.ingest.source.StreamInfo;

/**
 * Decode-and-analyse throughput of one channel on one thread, beside the FFmpeg command line's
 * decode-only rate on the same file: how close the pipeline runs to its physical floor.
 *
 * <p>Rows per clip: (a) {@code ffmpeg -threads 1 -i F -f null -}; (b) our decoder alone, nothing
 * converted; (c) decode, sample to 5 fps at 640 wide (converted by swscale in the decoder), motion
 * and a zone rule. Frames per second count input frames. The main figure is by CPU time (the
 * child's for (a), the thread's for ours), which the other builds on the machine disturb far less
 * than wall time; wall time is shown beside it. A second table splits the CPU time of (c).
 */
public final class DecodeAnalyseBench {
    private static final double ANALYSIS_FPS = 5;
    private static final int ANALYSIS_WIDTH = 640;
    /** The share of the command line's rate the whole path is meant to reach. */
    private static final double TARGET_RATIO = 0.9;

    private DecodeAnalyseBench() {
    }

    /** One clip under test. */
    private record Clip(String label, Path path, long frames) {
    }

    /** One measured run: CPU and wall time in nanoseconds. */
    private record Run(String name, long frames, long cpuNanos, long wallNanos) {
        double fpsByCpu() {
            return frames / (cpuNanos / 1e9);
        }

        double fpsByWall() {
            return frames / (wallNanos / 1e9);
        }
    }

    /** Our decoder alone, with the CPU time of each picture's read in decode order. */
    private record DecodeRun(Run run, long[] pictureNanos) {
    }

    /**
     * Where the CPU time of (c) went, in nanoseconds: decoding of every picture, conversion of the
     * sampled ones (their read's cost above the same picture's read in (b)), analysis, and the rest
     * (sampling, frame objects, the loop); with the analyser's own stage timings (wall time).
     */
    private record Breakdown(Run run, long sampled, long decodeNanos, long convertNanos, long analysisNanos,
                             String stages) {
        long otherNanos() {
            return run.cpuNanos() - decodeNanos - convertNanos - analysisNanos;
        }
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        Path out = repo.resolve("bench/target/results");
        Files.createDirectories(out);
        Path clips = out.getParent().resolve("clips");
        List<Clip> cases = new ArrayList<>();
        for (int[] size : new int[][] {{1920, 1080}, {704, 576}}) {
            for (int bFrames : new int[] {0, 2}) {
                Path path = BenchClips.h264(repo, clips, size[0], size[1], bFrames);
                cases.add(new Clip(size[0] + "x" + size[1] + " bf" + bFrames, path, BenchClips.frameCount(path)));
            }
        }

        Table table = new Table("decode + analyse, 30 s clips at 25 fps (x264 veryfast, GOP 50), one thread, best of "
                + rounds + " by CPU time", List.of("clip", "row", "frames", "CPU s", "wall s", "fps by CPU",
                "fps by wall", "vs (a) by CPU"));
        Table split = new Table("where the CPU time of (c) goes (s); (c) needs the CPU of " + TARGET_RATIO
                + " x (a)'s rate to keep up", List.of("clip", "(c)/(a) CPU", "(c) CPU s", "decode all",
                "convert sampled",
                "analysis", "other", "CPU s at 0.9", "over by s", "analysis stages, ms/analysed frame"));
        for (Clip clip : cases) {
            Run ffmpeg = best(rounds, () -> ffmpegCli(clip));
            DecodeRun decode = null;
            for (int i = 0; i < rounds; i++) {
                DecodeRun next = decodeOnly(clip);
                if (decode == null || next.run().cpuNanos() < decode.run().cpuNanos()) {
                    decode = next;
                }
            }
            Breakdown full = null;
            for (int i = 0; i < rounds; i++) {
                Breakdown next = decodeAndAnalyse(clip, decode.pictureNanos());
                if (full == null || next.run().cpuNanos() < full.run().cpuNanos()) {
                    full = next;
                }
            }
            for (Run run : List.of(ffmpeg, decode.run(), full.run())) {
                table.add(clip.label(), run.name(), Long.toString(run.frames()), seconds(run.cpuNanos()),
                        seconds(run.wallNanos()), format("%.1f", run.fpsByCpu()), format("%.1f", run.fpsByWall()),
                        format("%.3f", run.fpsByCpu() / ffmpeg.fpsByCpu()));
            }
            long budget = Math.round(ffmpeg.cpuNanos() / TARGET_RATIO);
            split.add(clip.label(), format("%.3f", full.run().fpsByCpu() / ffmpeg.fpsByCpu()),
                    seconds(full.run().cpuNanos()), seconds(full.decodeNanos()),
                    seconds(full.convertNanos()) + " (" + full.sampled() + ")", seconds(full.analysisNanos()),
                    seconds(full.otherNanos()), seconds(budget), seconds(full.run().cpuNanos() - budget),
                    full.stages());
        }
        System.out.print(table.render());
        System.out.println();
        System.out.print(split.render());
        Path csv = out.resolve("decode-analyse.csv");
        Files.writeString(csv, table.csv() + "\n" + split.csv());
        System.out.println("written " + csv);
    }

    private static Run ffmpegCli(Clip clip) throws IOException, InterruptedException {
        long childrenBefore = ProcSelf.childrenCpuNanos();
        long start = System.nanoTime();
        Process process = new ProcessBuilder("ffmpeg", "-v", "error", "-threads", "1", "-i", clip.path().toString(),
                "-f", "null", "-").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("ffmpeg failed: " + output);
        }
        long wall = System.nanoTime() - start;
        // the JVM has waited for the child by now, so its CPU is counted among the children's
        return new Run("(a) ffmpeg -threads 1 -f null", clip.frames(), ProcSelf.childrenCpuNanos() - childrenBefore,
                wall);
    }

    private static DecodeRun decodeOnly(Clip clip) throws SourceException, InterruptedException {
        try (InputReader reader = reader(clip)) {
            reader.open(ANALYSIS_WIDTH);
            long[] pictures = new long[(int) clip.frames() + 64];
            int frames = 0;
            long cpuStart = ProcSelf.threadCpuNanos();
            long start = System.nanoTime();
            while (true) {
                long before = ProcSelf.threadCpuNanos();
                DecodedPicture picture = reader.read(false);
                if (picture == null) {
                    break;
                }
                if (frames == pictures.length) {
                    pictures = Arrays.copyOf(pictures, frames * 2);
                }
                pictures[frames++] = ProcSelf.threadCpuNanos() - before;
            }
            Run run = new Run("(b) our decoder alone", frames, ProcSelf.threadCpuNanos() - cpuStart,
                    System.nanoTime() - start);
            return new DecodeRun(run, Arrays.copyOf(pictures, frames));
        }
    }

    /**
     * @param decodeOnly CPU time of each picture's read in (b), to tell conversion from decoding
     */
    private static Breakdown decodeAndAnalyse(Clip clip, long[] decodeOnly)
            throws SourceException, InterruptedException {
        ZoneRuleConfig zone = new ZoneRuleConfig("bench-zone",
                List.of(new Point(0, 0.35), new Point(1, 0.35), new Point(1, 0.75), new Point(0, 0.75)),
                0.002, Duration.ofSeconds(1), Duration.ofSeconds(20));
        try (InputReader reader = reader(clip);
             ChannelAnalyser analyser = new ChannelAnalyser("bench", MotionConfig.defaults(), List.of(zone))) {
            StreamInfo info = reader.open(ANALYSIS_WIDTH);
            FrameSampler sampler = new FrameSampler(ANALYSIS_FPS, info.frameRate());
            long frames = 0;
            long analysed = 0;
            long events = 0;
            long decodeNanos = 0;
            long convertNanos = 0;
            long analysisNanos = 0;
            long cpuStart = ProcSelf.threadCpuNanos();
            long start = System.nanoTime();
            while (true) {
                boolean sample = sampler.sampleNext();
                long before = ProcSelf.threadCpuNanos();
                DecodedPicture picture = reader.read(sample);
                long read = ProcSelf.threadCpuNanos() - before;
                if (picture == null) {
                    break;
                }
                sampler.decoded(picture.timestampMicros(), sample);
                if (picture.isConverted() && frames < decodeOnly.length) {
                    long decode = decodeOnly[(int) frames];
                    decodeNanos += decode;
                    convertNanos += read - decode;
                } else {
                    decodeNanos += read;
                }
                frames++;
                if (picture.isConverted()) {
                    analysed++;
                    Instant captured = Instant.ofEpochSecond(0, picture.timestampMicros() * 1000);
                    long analysing = ProcSelf.threadCpuNanos();
                    events += analyser.analyse(new VideoFrame("bench", analysed, captured, picture.width(),
                            picture.height(), picture.bgr())).size();
                    analysisNanos += ProcSelf.threadCpuNanos() - analysing;
                }
            }
            Run run = new Run("(c) decode+sample+motion+rule (" + analysed + " analysed, " + events + " events)",
                    frames, ProcSelf.threadCpuNanos() - cpuStart, System.nanoTime() - start);
            return new Breakdown(run, analysed, decodeNanos, convertNanos, analysisNanos, stages(analyser.timings()));
        }
    }

    /** The stages that took time, as "motion 1.20 rules 0.05". */
    private static String stages(StageTimings timings) {
        List<String> parts = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (timings.millisPerFrame(stage) >= 0.005) {
                parts.add(stage.name().toLowerCase(Locale.ROOT) + " " + format("%.2f", timings.millisPerFrame(stage)));
            }
        }
        return String.join(" ", parts);
    }

    private static InputReader reader(Clip clip) {
        return new InputReader(clip.path().toString(), Map.of(), -1, clip.path().getFileName().toString());
    }

    private static Run best(int rounds, Measurement measurement) throws Exception {
        Run best = null;
        for (int i = 0; i < rounds; i++) {
            Run run = measurement.run();
            if (best == null || run.cpuNanos() < best.cpuNanos()) {
                best = run;
            }
        }
        return best;
    }

    private static String seconds(long nanos) {
        return format("%.2f", nanos / 1e9);
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }

    @FunctionalInterface
    private interface Measurement {
        Run run() throws Exception;
    }
}
