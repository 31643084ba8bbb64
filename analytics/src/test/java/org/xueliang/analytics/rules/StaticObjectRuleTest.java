package org.xueliang.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueliang.analytics.rules.TrackFeed.rect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.motion.StaticChange;
import org.xueliang.analytics.motion.StaticChange.Kind;
import org.xueliang.analytics.schedule.ArmingSchedule;

/** Left half of the picture, objects of 0.1% to 5% of the frame, two seconds. */
class StaticObjectRuleTest {
    private static final Box BAG = new Box(0.2, 0.5, 0.05, 0.1);

    private static Rule abandoned(Duration cooldown) {
        return RuleFactory.build(new AbandonedObjectConfig("bag", rect(0, 0, 0.5, 1), 0.001, 0.05,
                Duration.ofSeconds(2), ArmingSchedule.always(), cooldown));
    }

    private static Rule removed() {
        return RuleFactory.build(new ObjectRemovedConfig("statue", rect(0, 0, 0.5, 1), 0.001, 0.05,
                Duration.ofSeconds(2), ArmingSchedule.always(), Duration.ZERO));
    }

    private static List<Integer> run(Rule rule, int frames, List<StaticChange> changes) {
        List<Integer> fired = new ArrayList<>();
        for (int n = 0; n <= frames; n++) {
            Scene scene = new Scene(TrackFeed.time(n), List.of(), List.of(), changes, () -> null);
            if (!rule.evaluate(scene).isEmpty()) {
                fired.add(n);
            }
        }
        return fired;
    }

    private static StaticChange change(long id, Box box, Kind kind, Instant since) {
        return new StaticChange(id, box, box.width() * box.height(), kind, since);
    }

    @Test
    void objectThatStaysFiresOnceAfterTheDuration() {
        // seen since frame 3: two seconds later is frame 13
        assertThat(run(abandoned(Duration.ZERO), 30, List.of(change(1, BAG, Kind.APPEARED, TrackFeed.time(3)))))
                .containsExactly(13);
    }

    @Test
    void eachRuleTakesOnlyItsKind() {
        List<StaticChange> gone = List.of(change(1, BAG, Kind.DISAPPEARED, TrackFeed.time(0)));
        assertThat(run(abandoned(Duration.ZERO), 20, gone)).isEmpty();
        assertThat(run(removed(), 20, gone)).containsExactly(10);
    }

    @Test
    void tooLargeTooSmallOrOutsideDoesNotCount() {
        List<StaticChange> changes = List.of(
                change(1, new Box(0.1, 0.1, 0.3, 0.3), Kind.APPEARED, TrackFeed.time(0)),
                change(2, new Box(0.1, 0.1, 0.01, 0.01), Kind.APPEARED, TrackFeed.time(0)),
                change(3, new Box(0.7, 0.5, 0.05, 0.1), Kind.APPEARED, TrackFeed.time(0)));
        assertThat(run(abandoned(Duration.ZERO), 20, changes)).isEmpty();
    }

    @Test
    void firingCarriesTheBoxAndHowLongItStayed() {
        Rule bag = abandoned(Duration.ZERO);
        List<StaticChange> changes = List.of(change(1, BAG, Kind.APPEARED, TrackFeed.time(0)));
        Scene at10 = new Scene(TrackFeed.time(10), List.of(), List.of(), changes, () -> null);
        assertThat(bag.evaluate(at10)).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EventTypes.ABANDONED_OBJECT);
            assertThat(f.boxes()).containsExactly(BAG);
            assertThat(f.details()).containsEntry(EventTypes.DWELL_SECONDS, "2.0");
        });
    }

    @Test
    void cooldownSwallowsASecondObject() {
        List<StaticChange> two = List.of(change(1, BAG, Kind.APPEARED, TrackFeed.time(0)),
                change(2, new Box(0.3, 0.5, 0.05, 0.1), Kind.APPEARED, TrackFeed.time(5)));
        assertThat(run(abandoned(Duration.ofSeconds(30)), 40, two)).containsExactly(10);
        assertThat(run(abandoned(Duration.ZERO), 40, two)).containsExactly(10, 15);
    }
}
