package org.xueliang.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueliang.analytics.rules.TrackFeed.at;
import static org.xueliang.analytics.rules.TrackFeed.rect;
import static org.xueliang.analytics.rules.TrackFeed.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.EventTypes;
import org.xueliang.analytics.motion.MotionMask;
import org.xueliang.analytics.schedule.ArmingSchedule;

/** Square x 0.2..0.6, y 0.2..0.6; at least three tracks, or 30% foreground, for one second. */
class CrowdRuleTest {
    private static Rule byCount(Duration cooldown) {
        return RuleFactory.build(new CrowdConfig("square", rect(0.2, 0.2, 0.6, 0.6), Set.of(), 3, 0,
                Duration.ofSeconds(1), ArmingSchedule.always(), cooldown));
    }

    private static TrackFeed.Obj[] people(int inside) {
        List<TrackFeed.Obj> objs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            objs.add(at(i + 1, i < inside ? 0.3 + 0.05 * i : 0.9, 0.5));
        }
        return objs.toArray(TrackFeed.Obj[]::new);
    }

    @Test
    void firesWhenTheCrowdHasLastedAndNotAgainUntilItDisperses() {
        // three inside from frame 0; two from 10 to 19; three again from 20
        assertThat(run(byCount(Duration.ZERO), new TrackFeed(), 0, 40,
                n -> people(n >= 10 && n < 20 ? 2 : 3))).containsExactly(5, 25);
    }

    @Test
    void cooldownSwallowsASecondGatheringSoonAfterTheFirst() {
        // the second gathering would fire on frame 25, 4 s after the first: inside a 10 s cooldown
        assertThat(run(byCount(Duration.ofSeconds(10)), new TrackFeed(), 0, 40,
                n -> people(n >= 10 && n < 20 ? 2 : 3))).containsExactly(5);
        assertThat(run(byCount(Duration.ofSeconds(4)), new TrackFeed(), 0, 40,
                n -> people(n >= 10 && n < 20 ? 2 : 3))).containsExactly(5, 25);
    }

    @Test
    void aMomentaryDipDoesNotEndTheGathering() {
        // two inside on frame 3 only: the gathering goes on, firing on frame 5 as if unbroken
        assertThat(run(byCount(Duration.ZERO), new TrackFeed(), 0, 20, n -> people(n == 3 ? 2 : 3)))
                .containsExactly(5);
    }

    @Test
    void twoAreNoCrowdAndUnconfirmedTracksDoNotCount() {
        assertThat(run(byCount(Duration.ZERO), new TrackFeed(), 0, 20, n -> people(2))).isEmpty();
        // confirmed on their third observation, frame 2: one second later is frame 7
        assertThat(run(byCount(Duration.ZERO), new TrackFeed(3), 0, 20, n -> people(3))).containsExactly(7);
    }

    @Test
    void firingListsTheTracksAndTheCount() {
        Rule square = byCount(Duration.ZERO);
        TrackFeed feed = new TrackFeed();
        List<RuleFiring> all = new ArrayList<>();
        for (int n = 0; n <= 5; n++) {
            all.addAll(square.evaluate(feed.frame(n, people(4))));
        }
        assertThat(all).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(EventTypes.CROWD);
            assertThat(f.trackIds()).containsExactly(1L, 2L, 3L, 4L);
            assertThat(f.details()).containsEntry(EventTypes.COUNT, "4").containsEntry(EventTypes.TRACK_IDS, "1,2,3,4");
        });
    }

    @Test
    void foregroundDensityAloneMakesACrowd() {
        Rule dense = RuleFactory.build(new CrowdConfig("square", rect(0.2, 0.2, 0.6, 0.6), Set.of(), 0, 0.3,
                Duration.ofSeconds(1), ArmingSchedule.always(), Duration.ZERO));
        List<Integer> fired = new ArrayList<>();
        for (int n = 0; n <= 12; n++) {
            // a 10x10 mask; the region covers its 4x4 pixels (2..5, 2..5); frames 2.. fill 6 of them (37.5%)
            MotionMask mask = mask(n >= 2 ? 6 : 3);
            Scene scene = new Scene(TrackFeed.time(n), List.of(), List.of(), List.of(), () -> mask);
            if (!dense.evaluate(scene).isEmpty()) {
                fired.add(n);
            }
        }
        assertThat(fired).containsExactly(7);
    }

    private static MotionMask mask(int setInsideRegion) {
        byte[] pixels = new byte[100];
        for (int i = 0; i < setInsideRegion; i++) {
            int x = 2 + i % 4;
            int y = 2 + i / 4;
            pixels[y * 10 + x] = (byte) 255;
        }
        // foreground outside the region does not count
        pixels[0] = (byte) 255;
        pixels[99] = (byte) 255;
        return new MotionMask(10, 10, pixels);
    }
}
