package org.xueliang.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.xueliang.analytics.ChannelAnalyser;
import org.xueliang.analytics.pipeline.PipelineConfig;
import org.xueliang.ingest.VideoFrame;
import org.xueliang.ingest.ffmpeg.InputReader;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;

/**
 * Memory of live channels. (i) Per channel: 0, k, 2k, ... up to {@code channels} channels of the
 * 704x576 clip through {@link ChannelLoad}, each step settled, then measured after a full
 * collection; the least-squares slope of resident memory and of heap over channels is the cost of
 * one channel. (ii) Churn: the channels keep running while, every {@code periodSeconds}, one of
 * them chosen at random stops and a new one starts; memory is sampled every 10 s, and the slope
 * over the second half of the run tells whether starting and stopping channels leaks.
 *
 * <p>Arguments: {@code [churnMinutes=30] [channels=20] [periodSeconds=3]}.
 */
public final class MemoryBench {
    private static final Duration SETTLE = Duration.ofSeconds(15);
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(10);
    private static final int STEPS = 5;

    private MemoryBench() {
    }

    /** One churn sample: seconds since the churn began, channel starts so far, memory. */
    private record ChurnSample(double seconds, int starts, MemorySample memory) {
    }

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        double churnMinutes = args.length > 1 ? Double.parseDouble(args[1]) : 30;
        int channels = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        double periodSeconds = args.length > 3 ? Double.parseDouble(args[3]) : 3;
        if (!(churnMinutes > 0) || channels < 1 || !(periodSeconds > 0)) {
            throw new IllegalArgumentException("churn minutes and period must be greater than 0 and channels at "
                    + "least 1, got " + churnMinutes + " min, " + channels + " channels, " + periodSeconds + " s");
        }
        BenchLogging.warningsOnly();
        Path out = repo.resolve("bench/target/results");
        Files.createDirectories(out);
        Path clip = BenchClips.h264(repo, out.getParent().resolve("clips"), 704, 576);
        String arenas = System.getenv().getOrDefault("MALLOC_ARENA_MAX", "unset (glibc: 8 per core)");

        loadNativeLibraries(clip);
        try (ChannelLoad load = new ChannelLoad(new FileSources(clip), Duration.ofSeconds(60), event -> { }, null)) {
            Table steps = perChannel(load, channels, arenas);
            Table churn = churn(load, channels, churnMinutes, periodSeconds, arenas, out.resolve("memory-churn.csv"));
            System.out.print(steps.render());
            System.out.println();
            System.out.print(churn.render());
            Files.writeString(out.resolve("memory.csv"), steps.csv() + "\n" + churn.csv());
            System.out.println("written " + out.resolve("memory.csv") + " and " + out.resolve("memory-churn.csv"));
        }
    }

    /**
     * Decodes and analyses a few pictures, so that FFmpeg's and OpenCV's libraries and the JIT's
     * first compilations are in memory before the count without channels, not charged to the first.
     */
    private static void loadNativeLibraries(Path clip) throws SourceException, InterruptedException {
        try (InputReader reader = new InputReader(clip.toString(), Map.of(), -1, "warm-up");
             ChannelAnalyser analyser = new ChannelAnalyser("warm-up", PipelineConfig.defaults(), List.of())) {
            reader.open(ChannelLoad.SAMPLING.width());
            for (int i = 0; i < 50; i++) {
                DecodedPicture picture = reader.read(true);
                analyser.analyseFrame(new VideoFrame("warm-up", i, Instant.ofEpochSecond(0, i * 40_000_000L),
                        picture.width(), picture.height(), picture.bgr()));
            }
        }
    }

    private static Table perChannel(ChannelLoad load, int channels, String arenas) throws InterruptedException {
        Table table = new Table("memory per live channel, 704x576@25 file channels, settled " + SETTLE.toSeconds()
                + " s, after a full GC; MALLOC_ARENA_MAX=" + arenas,
                List.of("channels", "RSS MB", "heap used MB", "heap committed MB", "non-heap committed MB",
                        "native MB"));
        int step = Math.max(1, channels / STEPS);
        List<Integer> counts = new ArrayList<>(List.of(0));
        for (int n = step; n < channels; n += step) {
            counts.add(n);
        }
        counts.add(channels);
        double[] x = new double[counts.size()];
        double[] rss = new double[counts.size()];
        double[] heap = new double[counts.size()];
        double[] nativeMemory = new double[counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            int n = counts.get(i);
            if (n > 0) {
                load.resize(n);
            }
            TimeUnit.NANOSECONDS.sleep(SETTLE.toNanos());
            MemorySample sample = MemorySample.afterGc();
            x[i] = n;
            rss[i] = MemorySample.mb(sample.rss());
            heap[i] = MemorySample.mb(sample.heapUsed());
            nativeMemory[i] = MemorySample.mb(sample.nativeBytes());
            table.add(n == 0 ? "0 (after warm-up)" : Integer.toString(n), mb(sample.rss()), mb(sample.heapUsed()), mb(sample.heapCommitted()),
                    mb(sample.nonHeapCommitted()), mb(sample.nativeBytes()));
            System.out.printf(Locale.ROOT, "%d channels: RSS %.1f MB, heap %.1f MB%n", n, rss[i], heap[i]);
        }
        // without channels the warm-up's freed memory may still be resident: the slope starts at the first step
        int from = counts.size() > 2 ? 1 : 0;
        table.add("per channel (slope from " + counts.get(from) + ")", slope(LeastSquares.slope(tail(x, from),
                tail(rss, from))), slope(LeastSquares.slope(tail(x, from), tail(heap, from))), "", "",
                slope(LeastSquares.slope(tail(x, from), tail(nativeMemory, from))));
        return table;
    }

    private static double[] tail(double[] values, int from) {
        return Arrays.copyOfRange(values, from, values.length);
    }

    private static Table churn(ChannelLoad load, int channels, double minutes, double periodSeconds, String arenas,
                               Path csv) throws Exception {
        load.resize(channels);
        Random random = new Random(1);
        List<ChurnSample> samples = new ArrayList<>();
        Table series = new Table("churn samples", List.of("seconds", "channel starts", "RSS MB", "heap used MB",
                "heap committed MB", "native MB"));
        long start = System.nanoTime();
        long end = start + (long) (minutes * 60e9);
        long period = (long) (periodSeconds * 1e9);
        long nextReplace = start + period;
        long nextSample = start;
        int starts = 0;
        while (true) {
            long now = System.nanoTime();
            if (now >= nextSample) {
                MemorySample memory = MemorySample.afterGc();
                ChurnSample sample = new ChurnSample((now - start) / 1e9, starts, memory);
                samples.add(sample);
                series.add(format(sample.seconds()), Integer.toString(starts), mb(memory.rss()), mb(memory.heapUsed()),
                        mb(memory.heapCommitted()), mb(memory.nativeBytes()));
                Files.writeString(csv, series.csv());
                nextSample += SAMPLE_EVERY.toNanos();
                if (now >= end) {
                    break;
                }
            }
            if (now >= nextReplace && now < end) {
                load.replace(random.nextInt(load.size()));
                starts++;
                nextReplace += period;
            }
            long wait = Math.min(nextSample, now < end ? nextReplace : nextSample) - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        return summary(samples, channels, minutes, periodSeconds, arenas);
    }

    private static Table summary(List<ChurnSample> samples, int channels, double minutes, double periodSeconds,
                                 String arenas) {
        List<ChurnSample> secondHalf = samples.subList(samples.size() / 2, samples.size());
        double[] x = new double[secondHalf.size()];
        double[] rss = new double[secondHalf.size()];
        double[] nativeMemory = new double[secondHalf.size()];
        double[] heap = new double[secondHalf.size()];
        for (int i = 0; i < secondHalf.size(); i++) {
            x[i] = secondHalf.get(i).seconds() / 60;
            rss[i] = MemorySample.mb(secondHalf.get(i).memory().rss());
            nativeMemory[i] = MemorySample.mb(secondHalf.get(i).memory().nativeBytes());
            heap[i] = MemorySample.mb(secondHalf.get(i).memory().heapUsed());
        }
        ChurnSample first = samples.get(0);
        ChurnSample last = samples.get(samples.size() - 1);
        Table table = new Table(String.format(Locale.ROOT, "churn: %d channels, one replaced every %.1f s for %.1f min;"
                + " MALLOC_ARENA_MAX=%s", channels, periodSeconds, minutes, arenas), List.of("measure", "value"));
        table.add("channel starts", Integer.toString(last.starts()));
        table.add("RSS at start MB", mb(first.memory().rss()));
        table.add("RSS at end MB", mb(last.memory().rss()));
        boolean enough = secondHalf.size() >= 2;
        table.add("RSS growth, second half, MB/min", enough ? slope(LeastSquares.slope(x, rss)) : "too few samples");
        table.add("native growth, second half, MB/min",
                enough ? slope(LeastSquares.slope(x, nativeMemory)) : "too few samples");
        table.add("heap used growth, second half, MB/min",
                enough ? slope(LeastSquares.slope(x, heap)) : "too few samples");
        return table;
    }

    private static String mb(long bytes) {
        return format(MemorySample.mb(bytes));
    }

    private static String slope(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
