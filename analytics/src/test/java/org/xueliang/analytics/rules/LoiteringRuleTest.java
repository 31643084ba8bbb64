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

/** Region x 0.2..0.6, y 0.2..0.8, two seconds of dwell. */
class LoiteringRuleTest {
    private static Rule rule(Duration cooldown) {
        return RuleFactory.build(new LoiteringConfig("bench", rect(0.2, 0.2, 0.6, 0.8), Set.of(), Duration.ofSeconds(2),
                ArmingSchedule.always(), cooldown));
    }

    @Test
    void firesOnceWhenTheTimeInsideReachesTheDwell() {
        // inside from frame 0: 2 s later is frame 10
        assertThat(run(rule(Duration.ZERO), new TrackFeed(), 0, 40, n -> new TrackFeed.Obj[] {at(1, 0.3, 0.5)}))
                .containsExactly(10);
    }

    @Test
    void steppingOutPausesTheCountInsteadOfResettingIt() {
        // inside 0..4 (0.8 s), outside 5..7, inside from 8: 0.8 s + 1.2 s more is reached on frame 14;
        // a continuous dwell would restart and need frame 18
        assertThat(run(rule(Duration.ZERO), new TrackFeed(), 0, 30,
                n -> new TrackFeed.Obj[] {at(1, n >= 5 && n <= 7 ? 0.8 : 0.3, 0.5)})).containsExactly(14);
    }

    @Test
    void passersByDoNotLoiter() {
        // crosses the 0.4-wide region at 0.05 a frame: 1.6 s inside
        assertThat(run(rule(Duration.ZERO), new TrackFeed(), 0, 30,
                n -> new TrackFeed.Obj[] {at(1, 0.1 + 0.05 * n, 0.5)})).isEmpty();
    }

    @Test
    void firingCarriesTheDwell() {
        Rule bench = rule(Duration.ZERO);
        TrackFeed feed = new TrackFeed();
        for (int n = 0; n < 10; n++) {
            bench.evaluate(feed.frame(n, at(3, 0.3, 0.5)));
        }
        List<RuleFiring> fired = bench.evaluate(feed.frame(10, at(3, 0.3, 0.5)));
        assertThat(fired).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EventTypes.LOITERING);
            assertThat(f.details()).containsEntry(EventTypes.DWELL_SECONDS, "2.0");
        });
    }

    @Test
    void cooldownSwallowsASecondLoitererOfTheSameMoment() {
        assertThat(run(rule(Duration.ofMinutes(1)), new TrackFeed(), 0, 30,
                n -> new TrackFeed.Obj[] {at(1, 0.3, 0.5), at(2, 0.4, 0.5)})).containsExactly(10);
    }
}
