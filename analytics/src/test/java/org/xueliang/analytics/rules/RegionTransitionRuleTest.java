package org.xueliang.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueliang.analytics.rules.TrackFeed.at;
import static org.xueliang.analytics.rules.TrackFeed.rect;
import static org.xueliang.analytics.rules.TrackFeed.run;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.schedule.ArmingSchedule;

/** Region x 0.4..0.8, y 0.2..0.8. */
class RegionTransitionRuleTest {
    private static final List<Point> REGION = rect(0.4, 0.2, 0.8, 0.8);

    private static Rule entrance(Set<String> classes, Duration cooldown) {
        return RuleFactory.build(new RegionEntranceConfig("in", REGION, classes, ArmingSchedule.always(), cooldown));
    }

    private static Rule exit(Set<String> classes, Duration cooldown) {
        return RuleFactory.build(new RegionExitConfig("out", REGION, classes, ArmingSchedule.always(), cooldown));
    }

    /** Outside until frame 1, inside 2..5, outside from 6. */
    private static final IntFunction<TrackFeed.Obj[]> THROUGH =
            n -> new TrackFeed.Obj[] {at(1, n < 2 ? 0.3 : n < 6 ? 0.5 : 0.9, 0.5)};

    @Test
    void entranceFiresOnTheFirstFrameInsideAndExitOnTheFirstFrameOutside() {
        assertThat(run(entrance(Set.of(), Duration.ZERO), new TrackFeed(), 0, 10, THROUGH)).containsExactly(2);
        assertThat(run(exit(Set.of(), Duration.ZERO), new TrackFeed(), 0, 10, THROUGH)).containsExactly(6);
    }

    @Test
    void firingsNameTheirType() {
        Rule in = entrance(Set.of(), Duration.ZERO);
        TrackFeed feed = new TrackFeed();
        in.evaluate(feed.frame(0, at(7, 0.3, 0.5)));
        assertThat(in.evaluate(feed.frame(1, at(7, 0.5, 0.5)))).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EventTypes.REGION_ENTRANCE);
            assertThat(f.trackIds()).containsExactly(7L);
        });
    }

    @Test
    void trackBornInsideHasNotEnteredButExits() {
        IntFunction<TrackFeed.Obj[]> bornInside = n -> new TrackFeed.Obj[] {at(1, n < 4 ? 0.5 : 0.9, 0.5)};
        assertThat(run(entrance(Set.of(), Duration.ZERO), new TrackFeed(), 0, 8, bornInside)).isEmpty();
        assertThat(run(exit(Set.of(), Duration.ZERO), new TrackFeed(), 0, 8, bornInside)).containsExactly(4);
    }

    @Test
    void trackLostInsideHasNotExited() {
        assertThat(run(exit(Set.of(), Duration.ZERO), new TrackFeed(), 0, 8,
                n -> n < 5 ? new TrackFeed.Obj[] {at(1, 0.5, 0.5)} : new TrackFeed.Obj[0])).isEmpty();
    }

    @Test
    void transitionBeforeConfirmationFiresOnConfirmationIfStillOnTheNewSide() {
        IntFunction<TrackFeed.Obj[]> quickEntry = n -> new TrackFeed.Obj[] {at(1, n == 0 ? 0.3 : 0.5, 0.5)};
        assertThat(run(entrance(Set.of(), Duration.ZERO), new TrackFeed(3), 0, 6, quickEntry)).containsExactly(2);
        IntFunction<TrackFeed.Obj[]> inAndOut = n -> new TrackFeed.Obj[] {at(1, n == 1 ? 0.5 : 0.3, 0.5)};
        assertThat(run(entrance(Set.of(), Duration.ZERO), new TrackFeed(3), 0, 6, inAndOut)).isEmpty();
    }

    @Test
    void oncePerTrack() {
        IntFunction<TrackFeed.Obj[]> twice = n -> new TrackFeed.Obj[] {at(1, n % 4 < 2 ? 0.3 : 0.5, 0.5)};
        assertThat(run(entrance(Set.of(), Duration.ZERO), new TrackFeed(), 0, 12, twice)).containsExactly(2);
        assertThat(run(exit(Set.of(), Duration.ZERO), new TrackFeed(), 0, 12, twice)).containsExactly(4);
    }

    @Test
    void cooldownAndClassFilter() {
        IntFunction<TrackFeed.Obj[]> three = n -> new TrackFeed.Obj[] {
            at(1, n < 2 ? 0.3 : 0.5, 0.3), at(2, n < 3 ? 0.3 : 0.5, 0.5), at(3, n < 9 ? 0.3 : 0.5, 0.7).as("dog")};
        assertThat(run(entrance(Set.of(), Duration.ofSeconds(1)), new TrackFeed(), 0, 12, three))
                .as("frame 3 is 0.2 s after the first, frame 9 1.4 s").containsExactly(2, 9);
        assertThat(run(entrance(Set.of("dog"), Duration.ZERO), new TrackFeed(), 0, 12, three)).containsExactly(9);
    }
}
