package org.xueliang.analytics.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.ZoneRuleConfig;
import org.xueliang.analytics.motion.MotionBlob;

class ZoneIntrusionRuleTest {
    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private static final long FRAME_MS = 200;

    /** A rectangle in the lower middle of the picture. */
    private static final List<Point> SQUARE = points(0.2, 0.4, 0.8, 0.4, 0.8, 0.9, 0.2, 0.9);
    /** An upside-down U: a bar along the top and two legs, the notch between them is outside. */
    private static final List<Point> U_SHAPE =
            points(0.1, 0.1, 0.9, 0.1, 0.9, 0.9, 0.6, 0.9, 0.6, 0.4, 0.4, 0.4, 0.4, 0.9, 0.1, 0.9);

    private static final MotionBlob INSIDE = person(0.5, 0.7);
    private static final MotionBlob OUTSIDE = person(0.5, 0.95);

    record Step(long atMillis, List<MotionBlob> blobs) {
    }

    record Case(String name, ZoneRuleConfig zone, List<Step> steps, List<Long> firingMillis) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        ZoneRuleConfig square = zone(SQUARE, 1000, 10_000);
        ZoneRuleConfig shortCooldown = zone(SQUARE, 1000, 5000);
        return Stream.of(
                new Case("enters and stays: fires once when the dwell is reached", square,
                        frames(0, 3000, INSIDE), List.of(1000L)),
                new Case("leaves before the dwell: silent", square,
                        concat(frames(0, 800, INSIDE), frames(1000, 3000, OUTSIDE)), List.of()),
                new Case("one missing frame is bridged", square,
                        concat(frames(0, 400, INSIDE), frames(600, 600), frames(800, 1400, INSIDE)), List.of(1000L)),
                new Case("gap of exactly maxGap is still continuous", square,
                        concat(frames(0, 400, INSIDE), frames(600, 1200), frames(1400, 2000, INSIDE)),
                        List.of(1400L)),
                new Case("gap longer than maxGap restarts the dwell", square,
                        concat(frames(0, 800, INSIDE), frames(1000, 2000), frames(2200, 3400, INSIDE)),
                        List.of(3200L)),
                new Case("continuous presence fires once per cooldown", shortCooldown,
                        frames(0, 12_000, INSIDE), List.of(1000L, 6000L, 11_000L)),
                new Case("re-entry during the cooldown waits for its end", shortCooldown,
                        concat(frames(0, 1000, INSIDE), frames(1200, 2800), frames(3000, 7000, INSIDE)),
                        List.of(1000L, 6000L)),
                new Case("re-entry after the cooldown needs the full dwell again", zone(SQUARE, 1000, 2000),
                        concat(frames(0, 1000, INSIDE), frames(1200, 4800), frames(5000, 7000, INSIDE)),
                        List.of(1000L, 6000L)),
                new Case("blobs below minArea are ignored", square,
                        frames(0, 3000, blob(0.5, 0.7, 0.004)), List.of()),
                new Case("blob of exactly minArea counts", square,
                        frames(0, 3000, blob(0.5, 0.7, 0.005)), List.of(1000L)),
                new Case("box reaching into the zone with the feet outside: silent", square,
                        frames(0, 3000, OUTSIDE), List.of()),
                new Case("concave zone: feet in the notch are outside", zone(U_SHAPE, 1000, 10_000),
                        frames(0, 3000, person(0.5, 0.7)), List.of()),
                new Case("concave zone: feet in a leg are inside", zone(U_SHAPE, 1000, 10_000),
                        frames(0, 3000, person(0.2, 0.7)), List.of(1000L)),
                new Case("concave zone: feet in the bar above the notch are inside", zone(U_SHAPE, 1000, 10_000),
                        frames(0, 3000, person(0.5, 0.3)), List.of(1000L)),
                new Case("zero dwell fires on the first counted frame", zone(SQUARE, 0, 10_000),
                        concat(frames(0, 400), frames(600, 1000, INSIDE)), List.of(600L)),
                new Case("capture clock steps back: dwell and cooldown restart", square,
                        concat(frames(0, 1000, INSIDE), frames(-5000, -3000, INSIDE)), List.of(1000L, -4000L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void firesAtTheExpectedCaptureTimes(Case c) {
        ZoneIntrusionRule rule = new ZoneIntrusionRule(c.zone());
        List<Long> fired = new ArrayList<>();
        for (Step step : c.steps()) {
            Instant t = T0.plusMillis(step.atMillis());
            Optional<ZoneFiring> firing = rule.evaluate(step.blobs(), t);
            firing.ifPresent(f -> {
                assertThat(f.time()).isEqualTo(t);
                assertThat(f.ruleId()).isEqualTo("z1");
                fired.add(step.atMillis());
            });
        }
        assertThat(fired).isEqualTo(c.firingMillis());
    }

    @Test
    void firingCarriesOnlyTheBoxesThatCounted() {
        ZoneIntrusionRule rule = new ZoneIntrusionRule(zone(SQUARE, 0, 10_000));
        MotionBlob small = blob(0.3, 0.6, 0.001);

        Optional<ZoneFiring> firing = rule.evaluate(List.of(OUTSIDE, small, INSIDE), T0);

        assertThat(firing).isPresent();
        assertThat(firing.get().boxes()).containsExactly(INSIDE.box());
    }

    @Test
    void customMaxGapIsHonoured() {
        ZoneIntrusionRule rule = new ZoneIntrusionRule(zone(SQUARE, 1000, 10_000), Duration.ofMillis(200));
        List<Long> fired = new ArrayList<>();
        for (Step step : concat(frames(0, 400, INSIDE), frames(600, 600), frames(800, 2000, INSIDE))) {
            rule.evaluate(step.blobs(), T0.plusMillis(step.atMillis())).ifPresent(f -> fired.add(step.atMillis()));
        }
        // a 400 ms gap exceeds 200 ms, so presence restarts at 800
        assertThat(fired).containsExactly(1800L);
    }

    @Test
    void rejectsUnusableConfigurationsNamingRuleAndField() {
        assertThatThrownBy(() -> new ZoneIntrusionRule(new ZoneRuleConfig(" ", SQUARE, 0.01, secs(1), secs(1))))
                .isInstanceOf(InvalidZoneRuleException.class)
                .hasMessage("zone rule id must not be blank, got ' '");
        assertThatThrownBy(() -> new ZoneIntrusionRule(new ZoneRuleConfig("gate", SQUARE, 1.5, secs(1), secs(1))))
                .isInstanceOf(InvalidZoneRuleException.class)
                .hasMessage("zone rule 'gate': minArea must be a fraction in 0..1, got 1.5");
        assertThatThrownBy(() -> new ZoneIntrusionRule(new ZoneRuleConfig("gate", SQUARE, 0.01, secs(-1), secs(1))))
                .isInstanceOf(InvalidZoneRuleException.class)
                .hasMessage("zone rule 'gate': minDwell must be zero or positive, got PT-1S");
        assertThatThrownBy(() -> new ZoneIntrusionRule(new ZoneRuleConfig("gate", SQUARE, 0.01, secs(1), null)))
                .isInstanceOf(InvalidZoneRuleException.class)
                .hasMessage("zone rule 'gate': cooldown must be zero or positive, got null");
        assertThatThrownBy(() -> new ZoneIntrusionRule(
                new ZoneRuleConfig("gate", points(0, 0, 1, 1), 0.01, secs(1), secs(1))))
                .isInstanceOf(InvalidZoneRuleException.class)
                .hasMessage("zone rule 'gate': a polygon needs at least 3 points, got 2");
        assertThatThrownBy(() -> new ZoneIntrusionRule(zone(SQUARE, 0, 0), Duration.ofMillis(-1)))
                .isInstanceOf(InvalidZoneRuleException.class)
                .hasMessage("zone rule 'z1': maxGap must be zero or positive, got PT-0.001S");
    }

    private static ZoneRuleConfig zone(List<Point> polygon, long dwellMillis, long cooldownMillis) {
        return new ZoneRuleConfig("z1", polygon, 0.005, Duration.ofMillis(dwellMillis),
                Duration.ofMillis(cooldownMillis));
    }

    /** A person-sized blob whose feet are at (x, feetY). */
    private static MotionBlob person(double x, double feetY) {
        return blob(x, feetY, 0.01);
    }

    private static MotionBlob blob(double x, double feetY, double area) {
        return new MotionBlob(new Box(x - 0.04, feetY - 0.25, 0.08, 0.25), area);
    }

    /** One step every frame interval from {@code from} to {@code to} inclusive, all with the same blobs. */
    private static List<Step> frames(long from, long to, MotionBlob... blobs) {
        List<Step> steps = new ArrayList<>();
        for (long t = from; t <= to; t += FRAME_MS) {
            steps.add(new Step(t, List.of(blobs)));
        }
        return steps;
    }

    @SafeVarargs
    private static List<Step> concat(List<Step>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    private static List<Point> points(double... xy) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(new Point(xy[i], xy[i + 1]));
        }
        return points;
    }

    private static Duration secs(long s) {
        return Duration.ofSeconds(s);
    }
}
