package org.xueliang.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.SyntheticScene.Rect;
import org.xueliang.analytics.motion.MotionConfig;
import org.xueliang.analytics.rules.InvalidZoneRuleException;
import org.xueliang.analytics.rules.ZonePolygon;
import org.xueliang.ingest.VideoFrame;

class ChannelAnalyserTest {
    private static final int WARMUP = MotionConfig.defaults().warmupFrames();
    /** Left half of the picture; the test object's feet are at y = 0.75. */
    private static final ZoneRuleConfig LEFT = zone("left", 0.0, 0.5, 0.5, 1.0, 1, 60);
    private static final ZoneRuleConfig RIGHT = zone("right", 0.5, 0.5, 1.0, 1.0, 0, 60);
    /** Dark object with its feet in the left zone. */
    private static final Rect IN_LEFT = new Rect(100, 240, 80, 120);
    private static final Rect IN_RIGHT = new Rect(450, 240, 80, 120);

    private final SyntheticScene scene = new SyntheticScene(640, 480, 11, 8);
    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();
    private long sequence;

    @AfterEach
    void stopThread() throws InterruptedException {
        otherThread.shutdownNow();
        assertThat(otherThread.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void firesZoneIntrusionWithBoxesAndSnapshotAfterTheDwell() {
        try (ChannelAnalyser analyser = new ChannelAnalyser("cam-7", MotionConfig.defaults(), List.of(LEFT))) {
            warmUp(analyser);
            List<AnalyticsEvent> events = new ArrayList<>();
            List<VideoFrame> firingFrames = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                VideoFrame frame = next(jiggle(IN_LEFT, i));
                List<AnalyticsEvent> fired = analyser.analyse(frame);
                if (!fired.isEmpty()) {
                    firingFrames.add(frame);
                }
                events.addAll(fired);
            }

            assertThat(events).hasSize(1);
            AnalyticsEvent e = events.get(0);
            assertThat(e.channelId()).isEqualTo("cam-7");
            assertThat(e.ruleId()).isEqualTo("left");
            assertThat(e.type()).isEqualTo("ZONE_INTRUSION");
            // the 1 s dwell is reached on the sixth frame with the object (5 intervals of 200 ms)
            assertThat(firingFrames.get(0).sequence()).isEqualTo(WARMUP + 5);
            assertThat(e.eventTime()).isEqualTo(firingFrames.get(0).captureTime());
            ZonePolygon polygon = new ZonePolygon(LEFT.polygon());
            assertThat(e.boxes()).singleElement().satisfies(b -> {
                assertThat(polygon.contains(b.x() + b.width() / 2, b.y() + b.height())).isTrue();
                assertThat(b.x()).isBetween(0.1, 0.2);
            });
            assertThat(e.snapshotJpeg()).startsWith((byte) 0xFF, (byte) 0xD8).hasSizeGreaterThan(5_000);
        }
    }

    @Test
    void zonesUpdatedFromAnotherThreadApplyOnTheNextFrameAndKeepTheBackground() throws Exception {
        try (ChannelAnalyser analyser = new ChannelAnalyser("cam-7", MotionConfig.defaults(), List.of(LEFT))) {
            warmUp(analyser);
            assertThat(analyser.analyse(next(IN_RIGHT))).isEmpty();

            CompletableFuture.runAsync(() -> analyser.updateZones(List.of(LEFT, RIGHT)), otherThread).get();

            // RIGHT has no dwell: it fires at once, which it could not if the background had
            // been dropped and were being learned again
            List<AnalyticsEvent> events = analyser.analyse(next(jiggle(IN_RIGHT, 1)));
            assertThat(events).extracting(AnalyticsEvent::ruleId).containsExactly("right");
        }
    }

    @Test
    void unchangedZonesKeepTheirCooldownAcrossAnUpdateAndRemovedZonesFallSilent() throws Exception {
        ZoneRuleConfig leftNoDwell = zone("left", 0.0, 0.5, 0.5, 1.0, 0, 60);
        try (ChannelAnalyser analyser = new ChannelAnalyser("cam-7", MotionConfig.defaults(), List.of(leftNoDwell))) {
            warmUp(analyser);
            assertThat(analyser.analyse(next(IN_LEFT))).extracting(AnalyticsEvent::ruleId).containsExactly("left");

            CompletableFuture.runAsync(() -> analyser.updateZones(List.of(RIGHT, leftNoDwell)), otherThread).get();
            assertThat(analyser.analyse(next(jiggle(IN_LEFT, 1), IN_RIGHT)))
                    .extracting(AnalyticsEvent::ruleId).containsExactly("right");

            analyser.updateZones(List.of());
            assertThat(analyser.analyse(next(jiggle(IN_LEFT, 2), jiggle(IN_RIGHT, 2)))).isEmpty();
        }
    }

    @Test
    void updatesRacingWithAnalysisTakeEffectWithoutBreakingIt() throws Exception {
        ZoneRuleConfig leftNoDwell = zone("left", 0.0, 0.5, 0.5, 1.0, 0, 0);
        ZoneRuleConfig rightNoDwell = zone("right", 0.5, 0.5, 1.0, 1.0, 0, 0);
        List<VideoFrame> frames = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // the objects come in after the warm-up, else they would be part of the background
            frames.add(i < WARMUP ? next() : next(jiggle(IN_LEFT, i), jiggle(IN_RIGHT, i)));
        }
        try (ChannelAnalyser analyser = new ChannelAnalyser("cam-7", MotionConfig.defaults(), List.of())) {
            CompletableFuture<Void> updates = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 100; i++) {
                    analyser.updateZones(i % 2 == 0 ? List.of(leftNoDwell) : List.of(rightNoDwell));
                }
                analyser.updateZones(List.of(leftNoDwell, rightNoDwell));
            }, otherThread);
            List<AnalyticsEvent> last = List.of();
            for (VideoFrame frame : frames) {
                last = analyser.analyse(frame);
            }
            updates.get(10, TimeUnit.SECONDS);
            last = analyser.analyse(next(IN_LEFT, IN_RIGHT));

            assertThat(last).extracting(AnalyticsEvent::ruleId).containsExactly("left", "right");
        }
    }

    @Test
    void closeFromAnotherThreadWaitsForTheRunningFrameAndStopsTheNext() throws Exception {
        ChannelAnalyser analyser = new ChannelAnalyser("cam-7", MotionConfig.defaults(), List.of(LEFT));
        List<VideoFrame> frames = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            frames.add(next(jiggle(IN_LEFT, i)));
        }
        CountDownLatch running = new CountDownLatch(5);
        // analyses until the analyser refuses: only close() can end this loop
        CompletableFuture<Integer> analysing = CompletableFuture.supplyAsync(() -> {
            int analysed = 0;
            try {
                while (true) {
                    analyser.analyse(frames.get(analysed % frames.size()));
                    analysed++;
                    running.countDown();
                }
            } catch (IllegalStateException closed) {
                return analysed;
            }
        }, otherThread);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        analyser.close();

        assertThat(analysing.get(10, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void invalidUpdateIsRejectedAndTheCurrentZonesStay() {
        ZoneRuleConfig broken = new ZoneRuleConfig("bad", List.of(new Point(0, 0), new Point(1, 1)), 0.01,
                Duration.ZERO, Duration.ZERO);
        ZoneRuleConfig leftNoDwell = zone("left", 0.0, 0.5, 0.5, 1.0, 0, 60);
        try (ChannelAnalyser analyser = new ChannelAnalyser("cam-7", MotionConfig.defaults(), List.of(leftNoDwell))) {
            assertThatThrownBy(() -> analyser.updateZones(List.of(RIGHT, broken)))
                    .isInstanceOf(InvalidZoneRuleException.class)
                    .hasMessage("zone rule 'bad': a polygon needs at least 3 points, got 2");
            assertThatThrownBy(() -> analyser.updateZones(List.of(RIGHT, RIGHT)))
                    .isInstanceOf(InvalidZoneRuleException.class)
                    .hasMessage("channel cam-7: zone id 'right' appears more than once");

            warmUp(analyser);
            assertThat(analyser.analyse(next(IN_LEFT, IN_RIGHT))).extracting(AnalyticsEvent::ruleId)
                    .containsExactly("left");
        }
    }

    @Test
    void invalidZonesAreRejectedAtConstruction() {
        ZoneRuleConfig negativeDwell = zone("x", 0, 0, 1, 1, -1, 0);
        assertThatThrownBy(() -> new ChannelAnalyser("cam-7", MotionConfig.defaults(), List.of(negativeDwell)))
                .isInstanceOf(InvalidZoneRuleException.class)
                .hasMessage("zone rule 'x': minDwell must be zero or positive, got PT-1S");
    }

    @Test
    void closedAnalyserRefusesFrames() {
        ChannelAnalyser analyser = new ChannelAnalyser("cam-7", MotionConfig.defaults(), List.of(LEFT));
        analyser.analyse(next());
        analyser.close();
        analyser.close();

        assertThatThrownBy(() -> analyser.analyse(next()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("analyser of channel cam-7 is closed");
    }

    private void warmUp(ChannelAnalyser analyser) {
        for (int i = 0; i < WARMUP; i++) {
            assertThat(analyser.analyse(next())).isEmpty();
        }
    }

    private VideoFrame next(Rect... objects) {
        return scene.frame(sequence++, 0, objects);
    }

    /** The object shifted a little, as a person never stands perfectly still. */
    private static Rect jiggle(Rect r, int step) {
        return new Rect(r.x() + (step % 2) * 4, r.y(), r.width(), r.height());
    }

    private static ZoneRuleConfig zone(String id, double x1, double y1, double x2, double y2, long dwellSeconds,
            long cooldownSeconds) {
        return new ZoneRuleConfig(id,
                List.of(new Point(x1, y1), new Point(x2, y1), new Point(x2, y2), new Point(x1, y2)),
                0.002, Duration.ofSeconds(dwellSeconds), Duration.ofSeconds(cooldownSeconds));
    }
}
