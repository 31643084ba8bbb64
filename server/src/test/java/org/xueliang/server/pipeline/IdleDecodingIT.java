package org.xueliang.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.ZoneRuleConfig;
import org.xueliang.analytics.pipeline.FrameAnalysis;
import org.xueliang.analytics.pipeline.PipelineConfig;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.ingest.ChannelHealth;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.SamplingConfig;
import org.xueliang.ingest.VideoFrame;
import org.xueliang.ingest.channel.IngestRuntime;
import org.xueliang.ingest.channel.JavaCvSourceFactory;
import org.xueliang.ingest.channel.ReconnectPolicy;
import org.xueliang.ingest.channel.Sleeper;
import org.xueliang.ingest.DecodeMode;

/**
 * Keyframe-only decoding of a still scene through the server's channel runtime, on a real clip:
 * the first frame of the demo footage held for {@link #STILL_SECONDS}, then the footage with people
 * walking, x264 at 25 fps with a keyframe every 2 s. The channel starts on keyframes (its motion
 * background learns from nine of them), must stay there while the scene is still, and come back to
 * every picture, and alert, soon after the people move.
 */
class IdleDecodingIT {
    private static final int STILL_SECONDS = 23;
    private static final Duration HOLD = Duration.ofSeconds(2);
    private static Path clip;

    private final List<AnalyticsEvent> events = new CopyOnWriteArrayList<>();
    private final List<Analysed> analysed = new CopyOnWriteArrayList<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(2);
    private ChannelRuntime runtime;

    private record Analysed(Instant captured, Instant arrived, boolean active) {
    }

    @BeforeAll
    static void makeClip() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "idle"));
        clip = dir.resolve("still-then-walking.mp4");
        if (Files.exists(clip)) {
            return;
        }
        Path partial = dir.resolve("still-then-walking.part.mp4");
        Path footage = Path.of("..", "samples", "footage", "vtest.avi");
        String filter = "[0:v]trim=end_frame=1,loop=loop=" + (STILL_SECONDS * 25 - 1) + ":size=1,setpts=N/25/TB,fps=25[still];"
                + "[0:v]trim=start=0:end=8,setpts=PTS-STARTPTS,fps=25[walk];[still][walk]concat=n=2:v=1[out]";
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i",
                footage.toString(), "-filter_complex", filter, "-map", "[out]", "-s", "384x288", "-c:v", "libx264",
                "-preset", "veryfast", "-g", "50", "-keyint_min", "50", "-sc_threshold", "0", "-bf", "2",
                "-pix_fmt", "yuv420p", partial.toString()).redirectErrorStream(true).start();
        String output = new String(ffmpeg.getInputStream().readAllBytes());
        assertThat(ffmpeg.waitFor()).as("ffmpeg: %s", output).isZero();
        Files.move(partial, clip);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (runtime != null) {
            runtime.close();
        }
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void aStillSceneIsDecodedByKeyframesUntilPeopleWalkIn() throws Exception {
        runtime = new ChannelRuntime(new IngestRuntime(new JavaCvSourceFactory(), Clock.systemUTC(), new Random(1),
                Sleeper.system()), new ReconnectPolicy(Duration.ofMillis(200), Duration.ofSeconds(1), 0), 16,
                PipelineConfig.defaults(), pool, events::add, track -> { }, new Recorder(), HOLD);
        ZoneRuleConfig path = new ZoneRuleConfig("path",
                List.of(new Point(0, 0.3), new Point(1, 0.3), new Point(1, 0.8), new Point(0, 0.8)), 0.002,
                Duration.ZERO, Duration.ofSeconds(30));
        runtime.start(new ChannelSpec("cam", "cam", new FileSourceConfig(clip.toAbsolutePath(), false),
                new SamplingConfig(5, 320), List.of(path)));

        Instant started = Instant.now();
        Instant keyframesSeen = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STILL_SECONDS + 10);
        while (System.nanoTime() < deadline && eventsOf(EventTypes.ZONE_INTRUSION).isEmpty()) {
            ChannelHealth health = runtime.health("cam").orElseThrow();
            if (keyframesSeen == null && health.decoding() == DecodeMode.KEYFRAMES) {
                keyframesSeen = Instant.now();
            }
            Thread.sleep(50);
        }
        assertThat(keyframesSeen).as("the still scene is decoded by keyframes").isNotNull();
        assertThat(Duration.between(started, keyframesSeen)).as("from the start").isLessThan(Duration.ofSeconds(2));
        List<AnalyticsEvent> alerts = eventsOf(EventTypes.ZONE_INTRUSION);
        assertThat(alerts).as("people walking raise a zone alert").isNotEmpty();

        Instant start = analysed.get(0).captured();
        Instant motionStart = start.plusSeconds(STILL_SECONDS);
        // while still and on keyframes, analysis saw one frame per keyframe: 2 s apart
        Instant idleFrom = keyframesSeen.plusMillis(100);
        List<Analysed> idle = analysed.stream()
                .filter(a -> a.captured().isAfter(idleFrom) && a.captured().isBefore(motionStart))
                .toList();
        for (int i = 1; i < idle.size(); i++) {
            assertThat(Duration.between(idle.get(i - 1).captured(), idle.get(i).captured()))
                    .as("frames analysed while idle").isGreaterThan(Duration.ofMillis(1500));
        }
        Duration motionToAlert = Duration.between(motionStart, alerts.get(0).eventTime());
        System.out.printf("idle decoding: keyframes %d ms after the start, first alert %d ms after the motion started%n",
                Duration.between(started, keyframesSeen).toMillis(), motionToAlert.toMillis());
        assertThat(motionToAlert).as("motion to alert, within one GOP and the rule").isLessThan(Duration.ofSeconds(3));
        awaitMode(DecodeMode.ALL);
        // 5 fps again: two seconds of walking give about ten analysed frames
        Instant from = alerts.get(0).eventTime();
        Instant to = from.plusSeconds(2);
        long deadlineFull = System.nanoTime() + TimeUnit.SECONDS.toNanos(6);
        while (analysed.get(analysed.size() - 1).captured().isBefore(to) && System.nanoTime() < deadlineFull) {
            Thread.sleep(50);
        }
        assertThat(analysed.stream().filter(a -> a.captured().isAfter(from) && !a.captured().isAfter(to)).count())
                .as("frames analysed in the 2 s after the alert").isBetween(8L, 12L);
    }

    private void awaitMode(DecodeMode mode) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (runtime.health("cam").orElseThrow().decoding() != mode && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(runtime.health("cam").orElseThrow().decoding()).isEqualTo(mode);
    }

    private List<AnalyticsEvent> eventsOf(String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    private final class Recorder implements FrameTap {
        @Override
        public void analysed(VideoFrame frame, FrameAnalysis analysis, Supplier<List<RuleConfig>> rules) {
            IdleDecodingIT.this.analysed.add(new Analysed(frame.captureTime(), Instant.now(), analysis.active()));
        }

        @Override
        public void stopped(String channelId) {
        }
    }
}
