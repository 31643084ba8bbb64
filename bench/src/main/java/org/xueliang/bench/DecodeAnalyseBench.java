package org.xueliang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xueliang.analytics.ChannelAnalyser;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.ZoneRuleConfig;
import org.xueliang.analytics.motion.MotionConfig;
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
 * <p>Rows: (a) {@code ffmpeg -threads 1 -i F -f null -}; (b) our decoder alone, nothing converted;
 * (c) decode, sample to 5 fps at 640 wide (converted by swscale in the decoder), motion and a zone
 * rule. Frames per second count input frames, so (c)/(a) is the cost of the whole path against
 * decoding alone.
 */
public final class DecodeAnalyseBench {
    private static final double ANALYSIS_FPS = 5;
    private static final int ANALYSIS_WIDTH = 640;

    private DecodeAnalyseBench() {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path out = repo.resolve("bench/target/results");
        Files.createDirectories(out);
        Path clip = BenchClips.h264(repo, out.getParent().resolve("clips"), 1920, 1080);
        int rounds = 3;

        List<Row> rows = new ArrayList<>();
        rows.add(best(rounds, () -> ffmpegCli(clip)));
        rows.add(best(rounds, () -> decodeOnly(clip)));
        rows.add(best(rounds, () -> decodeAndAnalyse(clip)));

        Table table = new Table("decode + analyse, " + clip.getFileName() + ", one thread, best of " + rounds,
                List.of("path", "frames", "seconds", "frames/s", "vs ffmpeg"));
        double ffmpegFps = rows.get(0).fps();
        for (Row row : rows) {
            table.add(row.name(), Long.toString(row.frames()), String.format("%.2f", row.seconds()),
                    String.format("%.1f", row.fps()), String.format("%.2f", row.fps() / ffmpegFps));
        }
        System.out.print(table.render());
        Path csv = out.resolve("decode-analyse.csv");
        Files.writeString(csv, table.csv());
        System.out.println("written " + csv);
    }

    private static Row ffmpegCli(Path clip) throws IOException, InterruptedException {
        long frames = BenchClips.frameCount(clip);
        long start = System.nanoTime();
        Process process = new ProcessBuilder("ffmpeg", "-v", "error", "-threads", "1", "-i", clip.toString(),
                "-f", "null", "-").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("ffmpeg failed: " + output);
        }
        return new Row("(a) ffmpeg -threads 1 -f null", frames, (System.nanoTime() - start) / 1e9);
    }

    private static Row decodeOnly(Path clip) throws SourceException, InterruptedException {
        try (InputReader reader = new InputReader(clip.toString(), Map.of(), -1, clip.getFileName().toString())) {
            reader.open(ANALYSIS_WIDTH);
            long frames = 0;
            long start = System.nanoTime();
            while (reader.read(false) != null) {
                frames++;
            }
            return new Row("(b) our decoder alone", frames, (System.nanoTime() - start) / 1e9);
        }
    }

    private static Row decodeAndAnalyse(Path clip) throws SourceException, InterruptedException {
        ZoneRuleConfig zone = new ZoneRuleConfig("bench-zone",
                List.of(new Point(0, 0.35), new Point(1, 0.35), new Point(1, 0.75), new Point(0, 0.75)),
                0.002, Duration.ofSeconds(1), Duration.ofSeconds(20));
        try (InputReader reader = new InputReader(clip.toString(), Map.of(), -1, clip.getFileName().toString());
             ChannelAnalyser analyser = new ChannelAnalyser("bench", MotionConfig.defaults(), List.of(zone))) {
            StreamInfo info = reader.open(ANALYSIS_WIDTH);
            FrameSampler sampler = new FrameSampler(ANALYSIS_FPS, info.frameRate());
            long frames = 0;
            long analysed = 0;
            long events = 0;
            long start = System.nanoTime();
            while (true) {
                boolean sample = sampler.sampleNext();
                DecodedPicture picture = reader.read(sample);
                if (picture == null) {
                    break;
                }
                sampler.decoded(picture.timestampMicros(), sample);
                frames++;
                if (picture.isConverted()) {
                    analysed++;
                    Instant captured = Instant.ofEpochSecond(0, picture.timestampMicros() * 1000);
                    events += analyser.analyse(new VideoFrame("bench", analysed, captured, picture.width(),
                            picture.height(), picture.bgr())).size();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Row("(c) decode+sample+motion+rule (" + analysed + " analysed, " + events + " events)",
                    frames, seconds);
        }
    }

    private static Row best(int rounds, Measurement measurement) throws Exception {
        Row best = null;
        for (int i = 0; i < rounds; i++) {
            Row row = measurement.run();
            if (best == null || row.seconds() < best.seconds()) {
                best = row;
            }
        }
        return best;
    }

    @FunctionalInterface
    private interface Measurement {
        Row run() throws Exception;
    }

    private record Row(String name, long frames, double seconds) {
        double fps() {
            return frames / seconds;
        }
    }
}
