package org.xueliang.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueliang.analytics.rules.TrackFeed.at;
import static org.xueliang.analytics.rules.TrackFeed.rect;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.schedule.ArmingSchedule;

/** Every bad setting is refused with a message that names the rule, the field and the value. */
class RuleValidationTest {
    private static final ArmingSchedule ALWAYS = ArmingSchedule.always();
    private static final List<Point> SQUARE = rect(0, 0, 1, 1);

    static Stream<Arguments> badRules() {
        return Stream.of(
                Arguments.of(new ZoneIntrusionConfig(" ", SQUARE, Set.of(), Duration.ZERO, ALWAYS, Duration.ZERO),
                        "rule id must not be blank, got ' '"),
                Arguments.of(new ZoneIntrusionConfig("z", SQUARE, Set.of(), Duration.ofSeconds(-1), ALWAYS,
                        Duration.ZERO), "rule 'z': minDwell must be zero or positive, got PT-1S"),
                Arguments.of(new RegionEntranceConfig("e", List.of(new Point(0, 0), new Point(1, 1)), Set.of(),
                        ALWAYS, Duration.ZERO), "rule 'e': polygon: a polygon needs at least 3 points, got 2"),
                Arguments.of(new RegionExitConfig("x", SQUARE, Set.of(), null, Duration.ZERO),
                        "rule 'x': schedule must not be null (use ArmingSchedule.always())"),
                Arguments.of(new LoiteringConfig("l", SQUARE, Set.of(), Duration.ofSeconds(30), ALWAYS,
                        Duration.ofSeconds(-5)), "rule 'l': cooldown must be zero or positive, got PT-5S"),
                Arguments.of(new LineCrossingConfig("g", new Point(0.5, 0.1), new Point(0.5, 0.1),
                        CrossingDirection.BOTH, Set.of(), ALWAYS, Duration.ZERO),
                        "rule 'g': line end points must differ, got Point[x=0.5, y=0.1] twice"),
                Arguments.of(new LineCrossingConfig("g", new Point(0.5, 0.1), new Point(0.5, 0.9), null, Set.of(),
                        ALWAYS, Duration.ZERO), "rule 'g': direction must be one of A_TO_B, B_TO_A, BOTH, got null"),
                Arguments.of(new CrowdConfig("c", SQUARE, Set.of(), 0, 0, Duration.ZERO, ALWAYS, Duration.ZERO),
                        "rule 'c': minCount or minDensity must be greater than 0, got both 0"),
                Arguments.of(new CrowdConfig("c", SQUARE, Set.of(), 3, 1.5, Duration.ZERO, ALWAYS, Duration.ZERO),
                        "rule 'c': minDensity must be between 0 and 1, got 1.5"),
                Arguments.of(new FastMovementConfig("f", SQUARE, Set.of(), 0, Duration.ZERO, ALWAYS, Duration.ZERO),
                        "rule 'f': minSpeed must be greater than 0, got 0.0"),
                Arguments.of(new AbandonedObjectConfig("a", SQUARE, 0.2, 0.1, Duration.ZERO, ALWAYS, Duration.ZERO),
                        "rule 'a': area limits must satisfy 0 <= minArea <= maxArea <= 1, got 0.2..0.1"));
    }

    @ParameterizedTest
    @MethodSource("badRules")
    void badRuleIsRefusedWithItsMessage(RuleConfig config, String message) {
        assertThatThrownBy(() -> RuleFactory.build(config)).isInstanceOf(InvalidRuleException.class)
                .hasMessage(message);
    }

    @Test
    void duplicateIdsAreRefused() {
        RuleConfig a = new RegionEntranceConfig("door", SQUARE, Set.of(), ALWAYS, Duration.ZERO);
        RuleConfig b = new RegionExitConfig("door", SQUARE, Set.of(), ALWAYS, Duration.ZERO);
        assertThatThrownBy(() -> RuleSet.of("cam-1", List.of(a, b))).isInstanceOf(InvalidRuleException.class)
                .hasMessage("channel cam-1: rule id 'door' appears more than once");
    }

    @Test
    void replacingKeepsTheStateOfUnchangedRulesAndResetsChangedOnes() {
        RuleConfig dwell = new ZoneIntrusionConfig("z", SQUARE, Set.of(), Duration.ofSeconds(1), ALWAYS,
                Duration.ZERO);
        RuleSet rules = RuleSet.of("cam-1", List.of(dwell));
        TrackFeed feed = new TrackFeed();
        for (int n = 0; n < 4; n++) {
            assertThat(rules.evaluate(feed.frame(n, at(1, 0.5, 0.5)))).isEmpty();
        }
        RuleConfig other = new RegionEntranceConfig("e", SQUARE, Set.of(), ALWAYS, Duration.ZERO);
        RuleSet kept = rules.replace("cam-1", List.of(other, dwell));
        assertThat(kept.evaluate(feed.frame(4, at(1, 0.5, 0.5)))).isEmpty();
        assertThat(kept.evaluate(feed.frame(5, at(1, 0.5, 0.5)))).as("dwell from frame 0 kept").hasSize(1);

        RuleConfig longer = new ZoneIntrusionConfig("z", SQUARE, Set.of(), Duration.ofMillis(1001), ALWAYS,
                Duration.ZERO);
        RuleSet changed = kept.replace("cam-1", List.of(longer));
        assertThat(changed.evaluate(feed.frame(6, at(1, 0.5, 0.5)))).as("a changed rule starts afresh").isEmpty();
        assertThat(changed.configs()).containsExactly(longer);
    }
}
