package org.xueliang.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueliang.analytics.rules.TrackFeed.at;
import static org.xueliang.analytics.rules.TrackFeed.rect;
import static org.xueliang.analytics.rules.TrackFeed.run;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.schedule.ArmingSchedule;

/** Faster than 0.5 a second for 0.4 s, inside x 0..0.6. */
class FastMovementRuleTest {
    private static Rule rule() {
        return RuleFactory.build(new FastMovementConfig("run", rect(0, 0, 0.6, 1), Set.of(), 0.5,
                Duration.ofMillis(400), ArmingSchedule.always(), Duration.ZERO));
    }

    @Test
    void sustainedSpeedFiresOnceAfterTheMinimumDuration() {
        double[] speed = {0.2, 0.6, 0.6, 0.6, 0.7, 0.8, 0.2};
        assertThat(run(rule(), new TrackFeed(), 0, speed.length - 1,
                n -> new TrackFeed.Obj[] {at(1, 0.3, 0.5).speed(speed[n])})).containsExactly(3);
    }

    @Test
    void aSingleJumpOfTheBoxIsNotRunning() {
        double[] speed = {0.2, 0.9, 0.2, 0.9, 0.2, 0.9, 0.2};
        assertThat(run(rule(), new TrackFeed(), 0, speed.length - 1,
                n -> new TrackFeed.Obj[] {at(1, 0.3, 0.5).speed(speed[n])})).isEmpty();
    }

    @Test
    void speedAtTheLimitOrOutsideTheRegionDoesNotCount() {
        assertThat(run(rule(), new TrackFeed(), 0, 10,
                n -> new TrackFeed.Obj[] {at(1, 0.3, 0.5).speed(0.5), at(2, 0.8, 0.5).speed(2)})).isEmpty();
    }

    @Test
    void cooldownSwallowsASecondRunnerAndOnlyTheClassFilteredOneCounts() {
        Rule cooled = RuleFactory.build(new FastMovementConfig("run", rect(0, 0, 0.6, 1), Set.of(), 0.5,
                Duration.ZERO, ArmingSchedule.always(), Duration.ofSeconds(1)));
        // runner 1 from frame 0, runner 2 from frame 2 (0.4 s later), runner 3 from frame 6 (1.2 s later)
        assertThat(run(cooled, new TrackFeed(), 0, 8, n -> new TrackFeed.Obj[] {at(1, 0.1, 0.5).speed(0.9),
            at(2, 0.2, 0.5).speed(n >= 2 ? 0.9 : 0.1), at(3, 0.3, 0.5).speed(n >= 6 ? 0.9 : 0.1).as("car")}))
                .containsExactly(0, 6);
        Rule cars = RuleFactory.build(new FastMovementConfig("speeding", rect(0, 0, 0.6, 1), Set.of("car"), 0.5,
                Duration.ZERO, ArmingSchedule.always(), Duration.ZERO));
        assertThat(run(cars, new TrackFeed(), 0, 8, n -> new TrackFeed.Obj[] {at(1, 0.1, 0.5).speed(0.9),
            at(3, 0.3, 0.5).speed(n >= 6 ? 0.9 : 0.1).as("car")})).containsExactly(6);
    }

    @Test
    void firingCarriesTheSpeed() {
        Rule run = rule();
        TrackFeed feed = new TrackFeed();
        run.evaluate(feed.frame(0, at(5, 0.3, 0.5).speed(1.25)));
        run.evaluate(feed.frame(1, at(5, 0.3, 0.5).speed(1.25)));
        List<RuleFiring> fired = run.evaluate(feed.frame(2, at(5, 0.3, 0.5).speed(1.25)));
        assertThat(fired).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EventTypes.FAST_MOVEMENT);
            assertThat(f.details()).containsEntry(EventTypes.SPEED, "1.250");
        });
    }
}
