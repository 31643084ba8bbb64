package org.xueliang.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.analytics.motion.MotionConfig;
import org.xueliang.analytics.rules.ZonePolygon;

/**
 * Real footage: people walk along the road through the middle of {@code vtest.avi}; nobody
 * walks on the lawn in the lower left.
 */
class ChannelAnalyserFootageTest {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelAnalyserFootageTest.class);

    /** The road where people walk, from just below the buildings to the edge of the lawn. */
    private static final ZoneRuleConfig ROAD = zone("road", 0.0, 0.35, 1.0, 0.75);
    /** The lawn in the lower left: nobody walks there in the clip. */
    private static final ZoneRuleConfig LAWN = zone("lawn", 0.0, 0.62, 0.45, 1.0);

    @Test
    void peopleOnTheRoadRaiseZoneIntrusionsAndTheEmptyLawnNone() throws Exception {
        List<AnalyticsEvent> events = new ArrayList<>();
        long[] nanos = {0};
        int frames;
        try (ChannelAnalyser analyser = new ChannelAnalyser("vtest", MotionConfig.defaults(), List.of(ROAD, LAWN))) {
            // 10 fps file, every other frame: 5 fps for the first 20 s, as ingest would sample it
            frames = Footage.play(20, 2, frame -> {
                long t = System.nanoTime();
                events.addAll(analyser.analyse(frame));
                nanos[0] += System.nanoTime() - t;
            });
        }
        LOG.info("vtest: {} frames, {} events, analyse() {} us a frame on average including snapshots",
                frames, events.size(), nanos[0] / 1000 / frames);
        saveFirstSnapshot(events);

        assertThat(frames).isBetween(95, 101);
        List<AnalyticsEvent> road = events.stream().filter(e -> e.ruleId().equals("road")).toList();
        // people walk along the road through the whole clip: one event per 5 s cooldown after
        // the 2 s warm-up and the 1 s dwell
        assertThat(road).hasSizeBetween(3, 4);
        ZonePolygon roadPolygon = new ZonePolygon(ROAD.polygon());
        for (AnalyticsEvent e : road) {
            assertThat(e.channelId()).isEqualTo("vtest");
            assertThat(e.type()).isEqualTo(ChannelAnalyser.ZONE_INTRUSION);
            assertThat(e.snapshotJpeg()).startsWith((byte) 0xFF, (byte) 0xD8).hasSizeGreaterThan(10_000);
            assertThat(e.boxes()).isNotEmpty().allSatisfy(b ->
                    assertThat(roadPolygon.contains(b.x() + b.width() / 2, b.y() + b.height())).isTrue());
            assertThat(e.eventTime()).isBetween(Footage.START, Footage.START.plusSeconds(20));
        }
        assertThat(events).filteredOn(e -> e.ruleId().equals("lawn")).isEmpty();
    }

    private static void saveFirstSnapshot(List<AnalyticsEvent> events) throws Exception {
        if (!events.isEmpty()) {
            Path out = Path.of("target", "footage-first-event.jpg");
            Files.createDirectories(out.getParent());
            Files.write(out, events.get(0).snapshotJpeg());
        }
    }

    private static ZoneRuleConfig zone(String id, double x1, double y1, double x2, double y2) {
        return new ZoneRuleConfig(id,
                List.of(new Point(x1, y1), new Point(x2, y1), new Point(x2, y2), new Point(x1, y2)),
                0.002, Duration.ofSeconds(1), Duration.ofSeconds(5));
    }
}
