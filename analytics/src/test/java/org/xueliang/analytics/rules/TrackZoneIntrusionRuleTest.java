package org.xueliang.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueliang.analytics.rules.TrackFeed.at;
import static org.xueliang.analytics.rules.TrackFeed.hidden;
import static org.xueliang.analytics.rules.TrackFeed.rect;
import static org.xueliang.analytics.rules.TrackFeed.run;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.schedule.ArmingSchedule;

/** Zone x 0.2..0.6, y 0.2..0.8; frames 200 ms apart. */
class TrackZoneIntrusionRuleTest {
    private static Rule rule(Duration dwell, Set<String> classes, ArmingSchedule schedule, Duration cooldown) {
        return RuleFactory.build(new ZoneIntrusionConfig("yard", rect(0.2, 0.2, 0.6, 0.8), classes, dwell, schedule,
                cooldown));
    }

    private static Rule rule(Duration dwell) {
        return rule(dwell, Set.of(), ArmingSchedule.always(), Duration.ZERO);
    }

    @Test
    void firesOnceWhenTheDwellIsReached() {
        // outside on frames 0 and 1, inside from frame 2: one second later is frame 7
        Rule yard = rule(Duration.ofSeconds(1));
        TrackFeed feed = new TrackFeed();
        List<Integer> fired = run(yard, feed, 0, 30, n -> new TrackFeed.Obj[] {at(1, n < 2 ? 0.1 : 0.3 + n * 0.001, 0.5)});
        assertThat(fired).containsExactly(7);
    }

    @Test
    void firingCarriesTheTrackItsBoxAndItsDwell() {
        Rule yard = rule(Duration.ofSeconds(1));
        TrackFeed feed = new TrackFeed();
        for (int n = 0; n < 5; n++) {
            assertThat(yard.evaluate(feed.frame(n, at(4, 0.3, 0.5)))).isEmpty();
        }
        List<RuleFiring> fired = yard.evaluate(feed.frame(5, at(4, 0.3, 0.5)));
        assertThat(fired).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("yard");
            assertThat(f.time()).isEqualTo(TrackFeed.time(5));
            assertThat(f.trackIds()).containsExactly(4L);
            assertThat(f.boxes()).singleElement().satisfies(b -> assertThat(b.y() + b.height()).isEqualTo(0.5));
            assertThat(f.details()).containsEntry(EventTypes.DWELL_SECONDS, "1.0").containsEntry(EventTypes.LABELS,
                    "person");
        });
    }

    @Test
    void leavingAndComingBackStartsANewDwell() {
        // inside 0..9, outside 10..11, inside again from 12: fires at 5 and 17
        assertThat(run(rule(Duration.ofSeconds(1)), new TrackFeed(), 0, 30,
                n -> new TrackFeed.Obj[] {at(1, n == 10 || n == 11 ? 0.7 : 0.3, 0.5)})).containsExactly(5, 17);
    }

    @Test
    void zeroDwellFiresOnTheFrameOfEntry() {
        assertThat(run(rule(Duration.ZERO), new TrackFeed(), 0, 10,
                n -> new TrackFeed.Obj[] {at(1, 0.05 + 0.05 * n, 0.5)})).containsExactly(3);
    }

    @Test
    void unconfirmedTrackWaitsForConfirmationButKeepsItsDwell() {
        // inside from frame 0, confirmed on frame 2; 0.2 s dwell is reached on frame 1 already
        assertThat(run(rule(Duration.ofMillis(200)), new TrackFeed(3), 0, 6,
                n -> new TrackFeed.Obj[] {at(1, 0.3, 0.5)})).containsExactly(2);
    }

    @Test
    void occludedTrackKeepsItsDwell() {
        // inside 0..3, hidden 4..6, seen again on 7; 1.2 s from frame 0 is frame 6
        assertThat(run(rule(Duration.ofMillis(1200)), new TrackFeed(), 0, 10,
                n -> new TrackFeed.Obj[] {n >= 4 && n <= 6 ? hidden(1) : at(1, 0.3, 0.5)})).containsExactly(6);
    }

    @Test
    void cooldownSwallowsTheSecondIntruder() {
        Rule yard = rule(Duration.ZERO, Set.of(), ArmingSchedule.always(), Duration.ofSeconds(10));
        TrackFeed feed = new TrackFeed();
        List<RuleFiring> first = yard.evaluate(feed.frame(0, at(1, 0.3, 0.5), at(2, 0.4, 0.5)));
        assertThat(first).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EventTypes.ZONE_INTRUSION);
            assertThat(f.trackIds()).containsExactly(1L);
            assertThat(f.details()).containsEntry(EventTypes.DWELL_SECONDS, "0.0");
        });
        for (int n = 1; n <= 20; n++) {
            assertThat(yard.evaluate(feed.frame(n, at(1, 0.3, 0.5), at(2, 0.4, 0.5)))).isEmpty();
        }
        // a third intruder after the 10 s cooldown (frame 50) fires
        assertThat(yard.evaluate(feed.frame(50, at(1, 0.3, 0.5), at(2, 0.4, 0.5), at(3, 0.5, 0.5))))
                .extracting(RuleFiring::trackIds).containsExactly(List.of(3L));
    }

    @Test
    void withoutCooldownEveryIntruderFires() {
        Rule yard = rule(Duration.ZERO);
        assertThat(yard.evaluate(new TrackFeed().frame(0, at(1, 0.3, 0.5), at(2, 0.4, 0.5)))).hasSize(2);
    }

    @Test
    void intruderAlreadyInsideFiresWhenTheZoneIsArmed() {
        // frames from Monday 10:00:00 UTC; armed from 10:01:00, which is frame 300
        ArmingSchedule fromMinuteOne = ArmingSchedule.parse(ZoneOffset.UTC, List.of("Mon 10:01-11:00"));
        assertThat(run(rule(Duration.ofSeconds(1), Set.of(), fromMinuteOne, Duration.ZERO), new TrackFeed(), 0, 320,
                n -> new TrackFeed.Obj[] {at(1, 0.3, 0.5)})).containsExactly(300);
    }

    @Test
    void classFilterIgnoresOtherClasses() {
        Rule vehicles = rule(Duration.ZERO, Set.of("car", "truck"), ArmingSchedule.always(), Duration.ZERO);
        assertThat(run(vehicles, new TrackFeed(), 0, 5, n -> new TrackFeed.Obj[] {
            at(1, 0.3, 0.5), at(2, n < 3 ? 0.9 : 0.4, 0.5).as("truck")})).containsExactly(3);
    }
}
