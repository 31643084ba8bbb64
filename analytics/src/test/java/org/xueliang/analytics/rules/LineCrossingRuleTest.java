package org.xueliang.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueliang.analytics.rules.TrackFeed.at;
import static org.xueliang.analytics.rules.TrackFeed.run;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.schedule.ArmingSchedule;

/** A vertical line at x = 0.5 from y = 0.2 down to 0.8: side A is the left half, B the right. */
class LineCrossingRuleTest {
    private static final Point TOP = new Point(0.5, 0.2);
    private static final Point BOTTOM = new Point(0.5, 0.8);

    private static Rule rule(CrossingDirection direction, Set<String> classes, ArmingSchedule schedule,
            Duration cooldown) {
        return RuleFactory.build(new LineCrossingConfig("gate", TOP, BOTTOM, direction, classes, schedule, cooldown));
    }

    private static Rule rule(CrossingDirection direction) {
        return rule(direction, Set.of(), ArmingSchedule.always(), Duration.ZERO);
    }

    /** Left to right at 0.05 a frame: 0.47 on frame 3, 0.52 on frame 4. */
    private static TrackFeed.Obj[] rightwards(int n) {
        return new TrackFeed.Obj[] {at(1, 0.32 + 0.05 * n, 0.5)};
    }

    @Test
    void walkerFromLeftToRightFiresAToBOnTheFrameItCrosses() {
        Rule aToB = rule(CrossingDirection.A_TO_B);
        TrackFeed feed = new TrackFeed();
        List<RuleFiring> all = new ArrayList<>();
        for (int n = 0; n <= 8; n++) {
            List<RuleFiring> fired = aToB.evaluate(feed.frame(n, rightwards(n)));
            fired.forEach(f -> assertThat(f.time()).isEqualTo(TrackFeed.time(4)));
            all.addAll(fired);
        }
        assertThat(all).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EventTypes.LINE_CROSSING);
            assertThat(f.details()).containsEntry(EventTypes.DIRECTION, "A_TO_B").containsEntry(EventTypes.TRACK_IDS, "1");
            assertThat(f.trackIds()).containsExactly(1L);
        });
        assertThat(run(rule(CrossingDirection.BOTH), new TrackFeed(), 0, 8, LineCrossingRuleTest::rightwards))
                .containsExactly(4);
        assertThat(run(rule(CrossingDirection.B_TO_A), new TrackFeed(), 0, 8, LineCrossingRuleTest::rightwards))
                .isEmpty();
    }

    @Test
    void walkerFromRightToLeftFiresBToA() {
        assertThat(run(rule(CrossingDirection.B_TO_A), new TrackFeed(), 0, 8,
                n -> new TrackFeed.Obj[] {at(1, 0.68 - 0.05 * n, 0.5)})).containsExactly(4);
        assertThat(run(rule(CrossingDirection.A_TO_B), new TrackFeed(), 0, 8,
                n -> new TrackFeed.Obj[] {at(1, 0.68 - 0.05 * n, 0.5)})).isEmpty();
    }

    @Test
    void passingBeyondTheEndOfTheLineIsNoCrossing() {
        assertThat(run(rule(CrossingDirection.BOTH), new TrackFeed(), 0, 8,
                n -> new TrackFeed.Obj[] {at(1, 0.32 + 0.05 * n, 0.85)})).isEmpty();
    }

    @Test
    void crossingBeforeConfirmationFiresWhenTheTrackIsConfirmed() {
        // confirmed on its third observation, frame 2; it crossed between frames 0 and 1
        assertThat(run(rule(CrossingDirection.A_TO_B), new TrackFeed(3), 0, 6,
                n -> new TrackFeed.Obj[] {at(1, 0.45 + 0.1 * n, 0.5)})).containsExactly(2);
    }

    @Test
    void swayingOnTheLineIsOneCrossingAndAReturnAfterASecondIsAnother() {
        double[] xs = {0.40, 0.45, 0.48, 0.52, 0.49, 0.51, 0.52, 0.52, 0.52, 0.52, 0.52, 0.47, 0.45, 0.40};
        assertThat(run(rule(CrossingDirection.BOTH), new TrackFeed(), 0, xs.length - 1,
                n -> new TrackFeed.Obj[] {at(1, xs[n], 0.5)}))
                // frame 3: A to B; 4 and 5 sway back and forth within a second; frame 11: back
                // to A after 1.0 s on side B (frames 5 to 10)
                .containsExactly(3, 11);
    }

    @Test
    void aStepThatLandsExactlyOnTheLineStillCountsTheCrossing() {
        // x = 0.5 is on the line: side A, on the line, then side B is one crossing, on frame 3
        double[] xs = {0.40, 0.45, 0.50, 0.55, 0.60};
        assertThat(run(rule(CrossingDirection.A_TO_B), new TrackFeed(), 0, xs.length - 1,
                n -> new TrackFeed.Obj[] {at(1, xs[n], 0.5)})).containsExactly(3);
        // touching the line and turning back is no crossing
        double[] back = {0.40, 0.45, 0.50, 0.45, 0.40};
        assertThat(run(rule(CrossingDirection.BOTH), new TrackFeed(), 0, back.length - 1,
                n -> new TrackFeed.Obj[] {at(1, back[n], 0.5)})).isEmpty();
    }

    @Test
    void returnWithinASecondIsTakenAsSway() {
        double[] xs = {0.40, 0.45, 0.48, 0.52, 0.52, 0.52, 0.52, 0.47, 0.40};
        assertThat(run(rule(CrossingDirection.B_TO_A), new TrackFeed(), 0, xs.length - 1,
                n -> new TrackFeed.Obj[] {at(1, xs[n], 0.5)})).isEmpty();
    }

    @Test
    void cooldownSwallowsCrossingsWithinItAndLetsTheNextOneThrough() {
        Rule gate = rule(CrossingDirection.BOTH, Set.of(), ArmingSchedule.always(), Duration.ofSeconds(1));
        // three walkers crossing on frames 4, 6 (0.4 s later) and 10 (1.2 s after the first)
        List<Integer> fired = run(gate, new TrackFeed(), 0, 12, n -> new TrackFeed.Obj[] {
            at(1, 0.32 + 0.05 * n, 0.3), at(2, 0.22 + 0.05 * n, 0.5), at(3, 0.02 + 0.05 * n, 0.7)});
        assertThat(fired).containsExactly(4, 10);

        Rule noCooldown = rule(CrossingDirection.BOTH);
        assertThat(run(noCooldown, new TrackFeed(), 0, 12, n -> new TrackFeed.Obj[] {
            at(1, 0.32 + 0.05 * n, 0.3), at(2, 0.22 + 0.05 * n, 0.5), at(3, 0.02 + 0.05 * n, 0.7)}))
                .containsExactly(4, 6, 10);
    }

    @Test
    void classFilterCountsOnlyItsClasses() {
        Rule cars = rule(CrossingDirection.BOTH, Set.of("car"), ArmingSchedule.always(), Duration.ZERO);
        assertThat(run(cars, new TrackFeed(), 0, 8, n -> new TrackFeed.Obj[] {
            at(1, 0.32 + 0.05 * n, 0.3), at(2, 0.32 + 0.04 * n, 0.6).as("car")})).containsExactly(5);
    }

    @Test
    void crossingOutsideTheScheduleIsDroppedAndTheWindowEndIsExclusive() {
        // frames run from Monday 10:00:00 UTC; a window closing at 10:00 is shut, one opening at 10:00 open
        ArmingSchedule closed = ArmingSchedule.parse(ZoneOffset.UTC, List.of("Mon 09:00-10:00"));
        ArmingSchedule open = ArmingSchedule.parse(ZoneOffset.UTC, List.of("Mon 10:00-10:01"));
        assertThat(run(rule(CrossingDirection.BOTH, Set.of(), closed, Duration.ZERO), new TrackFeed(), 0, 8,
                LineCrossingRuleTest::rightwards)).isEmpty();
        assertThat(run(rule(CrossingDirection.BOTH, Set.of(), open, Duration.ZERO), new TrackFeed(), 0, 8,
                LineCrossingRuleTest::rightwards)).containsExactly(4);
    }

    @Test
    void sidesFollowTheDocumentedConvention() {
        LineSegment down = new LineSegment(TOP, BOTTOM);
        assertThat(down.side(new Point(0.1, 0.5))).isPositive();
        assertThat(down.side(new Point(0.9, 0.5))).isNegative();
        LineSegment across = new LineSegment(new Point(0.2, 0.5), new Point(0.8, 0.5));
        assertThat(across.side(new Point(0.5, 0.9))).as("below a left-to-right line is A").isPositive();
        assertThat(down.crossedBy(new Point(0.4, 0.5), new Point(0.6, 0.5))).isTrue();
        assertThat(down.crossedBy(new Point(0.4, 0.9), new Point(0.6, 0.9))).isFalse();
        assertThat(down.crossedBy(new Point(0.4, 0.5), new Point(0.5, 0.5))).as("touching is not crossing").isFalse();
    }
}
