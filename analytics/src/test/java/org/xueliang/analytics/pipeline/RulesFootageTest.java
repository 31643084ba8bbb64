package org.xueliang.analytics.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.AnalyticsEvent;
import org.xueliang.analytics.ChannelAnalyser;
import org.xueliang.analytics.Clips;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Footage;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.quality.QualityConfig;
import org.xueliang.analytics.rules.AbandonedObjectConfig;
import org.xueliang.analytics.rules.CrossingDirection;
import org.xueliang.analytics.rules.CrowdConfig;
import org.xueliang.analytics.rules.FastMovementConfig;
import org.xueliang.analytics.rules.LineCrossingConfig;
import org.xueliang.analytics.rules.LoiteringConfig;
import org.xueliang.analytics.rules.ObjectRemovedConfig;
import org.xueliang.analytics.rules.RegionEntranceConfig;
import org.xueliang.analytics.rules.RegionExitConfig;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.rules.ZoneIntrusionConfig;
import org.xueliang.analytics.schedule.ArmingSchedule;

/**
 * Every rule family on the real footage ({@code vtest.avi} at 640x480, 5 fps), tracks from motion
 * alone. The expected times were read off the footage by eye (contact sheets at 2 fps, see the
 * comments); the rules must find them within a frame or four.
 *
 * <p>First 26 s, the footpath: three people walk from right to left across x = 0.3, their feet
 * passing it at about 17.8 s, 20.2 s and 24.3 s; the first two then pass x = 0.15 at about 19.5 s
 * and 21.6 s. Nobody walks left to right across it, nobody steps on the lawn. Two men stand by
 * the lamp post (x 0.45..0.55) from about 3 s to 15 s, while two others pass them at 4..9 s.
 */
class RulesFootageTest {
    private static final ArmingSchedule ALWAYS = ArmingSchedule.always();
    private static final double FRAME = 0.2;
    private static final List<RuleConfig> RULES = List.of(
            line("right-to-left", CrossingDirection.B_TO_A),
            line("left-to-right", CrossingDirection.A_TO_B),
            new RegionEntranceConfig("enter-west", rect(0, 0.3, 0.3, 0.65), Set.of(), ALWAYS, Duration.ZERO),
            new RegionExitConfig("leave-strip", rect(0.15, 0.25, 0.3, 0.65), Set.of(), ALWAYS, Duration.ZERO),
            new LoiteringConfig("post-6s", rect(0.4, 0.35, 0.6, 0.55), Set.of(), Duration.ofSeconds(6), ALWAYS,
                    Duration.ZERO),
            new LoiteringConfig("post-14s", rect(0.4, 0.35, 0.6, 0.55), Set.of(), Duration.ofSeconds(14), ALWAYS,
                    Duration.ZERO),
            new CrowdConfig("group-of-3", rect(0.35, 0.3, 0.75, 0.6), Set.of(), 3, 0, Duration.ofSeconds(2), ALWAYS,
                    Duration.ofMinutes(1)),
            new CrowdConfig("group-of-6", rect(0.35, 0.3, 0.75, 0.6), Set.of(), 6, 0, Duration.ofSeconds(2), ALWAYS,
                    Duration.ofMinutes(1)),
            new ZoneIntrusionConfig("lawn", rect(0, 0.62, 0.45, 1), Set.of(), Duration.ofSeconds(1), ALWAYS,
                    Duration.ZERO),
            new ZoneIntrusionConfig("road", rect(0, 0.35, 1, 0.75), Set.of(), Duration.ofSeconds(1), ALWAYS,
                    Duration.ofSeconds(5)));

    private static final List<AnalyticsEvent> EVENTS = new ArrayList<>();

    @BeforeAll
    static void playTheFootpath() throws Exception {
        EVENTS.addAll(play(Footage.VTEST, 26, RULES));
    }

    @Test
    void lineCrossingFindsTheThreeCrossingsInTheirDirection() {
        assertThat(times("right-to-left")).hasSize(3);
        assertThat(times("right-to-left").get(0)).isCloseTo(17.8, within(4 * FRAME));
        assertThat(times("right-to-left").get(1)).isCloseTo(20.2, within(4 * FRAME));
        assertThat(times("right-to-left").get(2)).isCloseTo(24.3, within(4 * FRAME));
        assertThat(of("right-to-left")).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventTypes.LINE_CROSSING);
            assertThat(e.details()).containsEntry(EventTypes.DIRECTION, "B_TO_A").containsKey(EventTypes.TRACK_IDS);
            assertThat(e.snapshotJpeg()).startsWith((byte) 0xFF, (byte) 0xD8);
            // the box is the walker at the line
            assertThat(e.boxes().get(0).x() + e.boxes().get(0).width() / 2).isCloseTo(0.3, within(0.08));
        });
        assertThat(of("left-to-right")).isEmpty();
    }

    @Test
    void entranceAndExitFollowTheWalkers() {
        List<Double> entered = times("enter-west");
        assertThat(entered).hasSize(3);
        assertThat(entered.get(0)).isCloseTo(17.8, within(4 * FRAME));
        assertThat(entered.get(1)).isCloseTo(20.2, within(4 * FRAME));
        assertThat(entered.get(2)).isCloseTo(24.3, within(4 * FRAME));
        List<Double> left = times("leave-strip");
        assertThat(left).hasSize(2);
        assertThat(left.get(0)).isCloseTo(19.5, within(4 * FRAME));
        assertThat(left.get(1)).isCloseTo(21.6, within(4 * FRAME));
        assertThat(of("enter-west")).allSatisfy(e -> assertThat(e.type()).isEqualTo(EventTypes.REGION_ENTRANCE));
        assertThat(of("leave-strip")).allSatisfy(e -> assertThat(e.type()).isEqualTo(EventTypes.REGION_EXIT));
    }

    @Test
    void loiteringFindsTheMenByThePostButNotForLongerThanTheyStood() {
        // standing from about 3 s: 6 s inside is reached between 9 and 15 s
        assertThat(times("post-6s")).singleElement().satisfies(t -> assertThat(t).isBetween(9.0, 15.0));
        assertThat(of("post-6s").get(0).boxes().get(0).x()).isBetween(0.4, 0.6);
        assertThat(of("post-6s").get(0).type()).isEqualTo(EventTypes.LOITERING);
        assertThat(of("post-14s")).isEmpty();
    }

    @Test
    void crowdOfThreeGathersByThePostButNeverSix() {
        assertThat(times("group-of-3")).singleElement().satisfies(t -> assertThat(t).isBetween(4.0, 9.0));
        assertThat(of("group-of-3").get(0).details().get(EventTypes.COUNT)).isIn("3", "4", "5");
        assertThat(of("group-of-6")).isEmpty();
    }

    @Test
    void zoneIntrusionOnTheRoadButNotOnTheLawn() {
        assertThat(of("lawn")).isEmpty();
        assertThat(of("road")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventTypes.ZONE_INTRUSION);
            double footY = e.boxes().get(0).y() + e.boxes().get(0).height();
            assertThat(footY).isBetween(0.35, 0.75);
        });
    }

    @Test
    void fastMovementOnlyWhenTheFootageRunsFourTimesFaster() throws Exception {
        // walkers do up to 0.3 frame widths a second; at four times the speed they "run"
        RuleConfig fast = new FastMovementConfig("running", rect(0, 0, 1, 1), Set.of(), 0.45, Duration.ofMillis(600),
                ALWAYS, Duration.ZERO);
        assertThat(play(Footage.VTEST, 26, List.of(fast))).isEmpty();
        Path fourTimes = Clips.make("rules-fast4x", 20, "setpts=0.25*PTS");
        List<AnalyticsEvent> running = play(fourTimes, 20, List.of(fast));
        assertThat(running).isNotEmpty().allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventTypes.FAST_MOVEMENT);
            assertThat(Double.parseDouble(e.details().get(EventTypes.SPEED))).isGreaterThan(0.45);
        });
    }

    @Test
    void objectLeftOnTheLawnIsAbandonedAndOneTakenAwayIsRemoved() throws Exception {
        // a 72x54 patch of the footage (the white van) pasted on the lawn at x 0.23..0.33, y 0.69..0.79
        String patch = "split[a][b];[b]crop=72:54:654:42[obj];[a][obj]overlay=180:400";
        List<RuleConfig> lawn = List.of(
                new AbandonedObjectConfig("left", rect(0, 0.6, 0.6, 1), 0.001, 0.05, Duration.ofSeconds(5), ALWAYS,
                        Duration.ZERO),
                new ObjectRemovedConfig("gone", rect(0, 0.6, 0.6, 1), 0.001, 0.05, Duration.ofSeconds(5), ALWAYS,
                        Duration.ZERO));
        List<AnalyticsEvent> left = play(Clips.make("rules-left-object", 24, patch + ":enable='gte(t,6)'"), 24, lawn);
        assertThat(left).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventTypes.ABANDONED_OBJECT);
            // put down at 6 s; static after a few seconds, then 5 s more
            assertThat(seconds(e)).isBetween(11.0, 20.0);
            assertThat(e.boxes().get(0).x()).isCloseTo(0.23, within(0.03));
            assertThat(e.boxes().get(0).y()).isCloseTo(0.69, within(0.03));
        });
        List<AnalyticsEvent> gone = play(Clips.make("rules-removed-object", 24, patch + ":enable='lt(t,8)'"), 24, lawn);
        assertThat(gone).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventTypes.OBJECT_REMOVED);
            assertThat(seconds(e)).isBetween(13.0, 22.0);
            assertThat(e.boxes().get(0).x()).isCloseTo(0.23, within(0.03));
        });
    }

    private static List<AnalyticsEvent> play(Path clip, double seconds, List<RuleConfig> rules) throws Exception {
        List<AnalyticsEvent> events = new ArrayList<>();
        PipelineConfig config = PipelineConfig.defaults().withQuality(QualityConfig.off());
        try (ChannelAnalyser analyser = new ChannelAnalyser("vtest", config, rules)) {
            Footage.play(clip, seconds, 2, frame -> events.addAll(analyser.analyse(frame)));
        }
        return events;
    }

    private static List<AnalyticsEvent> of(String ruleId) {
        return EVENTS.stream().filter(e -> e.ruleId().equals(ruleId)).toList();
    }

    private static List<Double> times(String ruleId) {
        return of(ruleId).stream().map(RulesFootageTest::seconds).toList();
    }

    private static double seconds(AnalyticsEvent e) {
        return Duration.between(Footage.START, e.eventTime()).toMillis() / 1000.0;
    }

    private static LineCrossingConfig line(String id, CrossingDirection direction) {
        return new LineCrossingConfig(id, new Point(0.3, 0.3), new Point(0.3, 0.6), direction, Set.of(), ALWAYS,
                Duration.ZERO);
    }

    private static List<Point> rect(double x1, double y1, double x2, double y2) {
        return List.of(new Point(x1, y1), new Point(x2, y1), new Point(x2, y2), new Point(x1, y2));
    }
}
