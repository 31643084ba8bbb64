package org.xueliang.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.rules.AbandonedObjectConfig;
import org.xueliang.analytics.rules.CrossingDirection;
import org.xueliang.analytics.rules.CrowdConfig;
import org.xueliang.analytics.rules.FastMovementConfig;
import org.xueliang.analytics.rules.LineCrossingConfig;
import org.xueliang.analytics.rules.LoiteringConfig;
import org.xueliang.analytics.rules.ObjectRemovedConfig;
import org.xueliang.analytics.rules.RegionEntranceConfig;
import org.xueliang.analytics.rules.RegionExitConfig;
import org.xueliang.analytics.rules.ZoneIntrusionConfig;
import org.xueliang.analytics.schedule.ArmingSchedule;

/** The {@code rules} of a channel spec: every type, its defaults and every error with its path. */
class ChannelRulesReaderTest {
    private static final String SQUARE = "polygon: [[0, 0], [1, 0], [1, 1]]";
    private static final List<Point> SQUARE_POINTS = List.of(new Point(0, 0), new Point(1, 0), new Point(1, 1));
    private static final String LINE = "type: 'line_crossing', start: [0.2, 0.5], end: [0.8, 0.5]";

    @TempDir
    static Path dir;

    @BeforeAll
    static void createClip() throws IOException {
        Files.writeString(dir.resolve("clip.avi"), "only has to exist");
    }

    private static ChannelSpec read(String rules) {
        return new ChannelSpecReader(ChannelDefaults.builtIn(), dir).readBody(ChannelSpecReaderTest.json(
                "{id: 'c', source: {type: 'file', path: 'clip.avi'}, " + rules + "}"));
    }

    static Stream<Arguments> malformedRules() {
        return Stream.of(
            bad("rules: [{id: 'gate', " + LINE + ", direction: 'up'}]",
                "rules[0].direction: must be one of a_to_b, b_to_a, both, got \"up\""),
            bad("rules: [{id: 'gate', type: 'tripwire'}]",
                "rules[0].type: must be one of line_crossing, zone_intrusion, region_entrance, region_exit, "
                    + "loitering, crowd, fast_movement, abandoned_object, object_removed, got \"tripwire\""),
            bad("rules: [{id: 'gate', " + SQUARE + "}]",
                "rules[0].type: is required, one of: line_crossing, zone_intrusion, region_entrance, region_exit, "
                    + "loitering, crowd, fast_movement, abandoned_object, object_removed"),
            bad("rules: [{type: 'region_exit', " + SQUARE + "}]", "rules[0].id: is required"),
            bad("rules: [{id: 'Gate 1', type: 'region_exit', " + SQUARE + "}]",
                "rules[0].id: must be 1 to 64 lower-case letters, digits, '_' or '-', starting with a letter or "
                    + "digit, got \"Gate 1\""),
            bad("rules: [{id: 'gate', type: 'line_crossing'}]",
                "rules[0].start: is required, a point [x, y]", "rules[0].end: is required, a point [x, y]"),
            bad("rules: [{id: 'gate', type: 'line_crossing', start: [0.2, 0.5], end: [0.2, 0.5]}]",
                "rules[0].end: must differ from start, got the same point [0.2, 0.5]"),
            bad("rules: [{id: 'gate', type: 'line_crossing', start: [1.2, 0.5], end: [0.5]}]",
                "rules[0].start[0]: must be between 0 and 1, got 1.2",
                "rules[0].end: must be a point [x, y], got 1 value"),
            bad("rules: [{id: 'gate', type: 'line_crossing', start: 'left', end: [0.5, 'x']}]",
                "rules[0].start: must be a point [x, y], got \"left\"",
                "rules[0].end[1]: must be a number, got \"x\""),
            bad("rules: [{id: 'gate', " + LINE + ", " + SQUARE + "}]",
                "rules[0].polygon: unknown key, allowed: id, type, schedule, cooldown, start, end, direction, classes"),
            bad("rules: [{id: 'lawn', type: 'zone_intrusion', start: [0, 0]}]",
                "rules[0].start: unknown key, allowed: id, type, schedule, cooldown, polygon, classes, minDwell",
                "rules[0].polygon: is required, a list of at least 3 [x, y] points"),
            bad("rules: [{id: 'lawn', type: 'zone_intrusion', polygon: [[0, 0], [1, 1]], minDwell: 2}]",
                "rules[0].polygon: must have at least 3 points, got 2",
                "rules[0].minDwell: missing unit in 2: add ms, s, m or h, e.g. \"2s\""),
            bad("rules: [{id: 'lawn', type: 'zone_intrusion', " + SQUARE + ", classes: 'person'}]",
                "rules[0].classes: must be a list, got \"person\""),
            bad("rules: [{id: 'lawn', type: 'zone_intrusion', " + SQUARE + ", classes: ['person', 5, '', 'person']}]",
                "rules[0].classes[1]: must be a class label of 1 to 64 characters such as \"person\" or \"car\", got 5",
                "rules[0].classes[2]: must be a class label of 1 to 64 characters such as \"person\" or \"car\", "
                    + "got \"\"",
                "rules[0].classes[3]: duplicate class \"person\""),
            bad("rules: [{id: 'lawn', type: 'zone_intrusion', " + SQUARE + ", cooldown: 'soon'}]",
                "rules[0].cooldown: must be a duration like \"250ms\", \"5s\", \"2m\" or \"1h\", got \"soon\""),
            bad("rules: [{id: 'lawn', type: 'zone_intrusion', " + SQUARE + ", schedule: 'nights'}]",
                "rules[0].schedule: must be an object (key: value pairs), got \"nights\""),
            bad("rules: [{id: 'lawn', type: 'zone_intrusion', " + SQUARE + ", schedule: {windows: ['daily 22:00-06:00']}}]",
                "rules[0].schedule.timeZone: is required"),
            bad("rules: [{id: 'lawn', type: 'zone_intrusion', " + SQUARE + ", schedule: {timeZone: 'Mars/Olympus', "
                    + "windows: ['daily 22:00-06:00'], days: 5}}]",
                "rules[0].schedule.days: unknown key, allowed: timeZone, windows",
                "rules[0].schedule.timeZone: must be a time zone such as Asia/Shanghai or +08:00, got "
                    + "\"Mars/Olympus\""),
            bad("rules: [{id: 'lawn', type: 'zone_intrusion', " + SQUARE + ", schedule: {timeZone: 'Asia/Shanghai'}}]",
                "rules[0].schedule.windows: is required, a list of windows such as \"Mon-Fri 18:00-08:00\""),
            bad("rules: [{id: 'lawn', type: 'zone_intrusion', " + SQUARE + ", schedule: {timeZone: 'Asia/Shanghai', "
                    + "windows: []}}]",
                "rules[0].schedule.windows: must have at least one window (leave the schedule out to arm the rule "
                    + "always)"),
            bad("rules: [{id: 'lawn', type: 'zone_intrusion', " + SQUARE + ", schedule: {timeZone: 'Asia/Shanghai', "
                    + "windows: ['Mon-Fri 18:00-08:00', 'Mon-Fry 18:00-08:00', 'daily 25:00-06:00', 7]}}]",
                "rules[0].schedule.windows[1]: arming window 'Mon-Fry 18:00-08:00': unknown day 'fry', expected one "
                    + "of Mon, Tue, Wed, Thu, Fri, Sat, Sun, daily",
                "rules[0].schedule.windows[2]: arming window 'daily 25:00-06:00': time '25:00' must be HH:mm between "
                    + "00:00 and 24:00",
                "rules[0].schedule.windows[3]: must be a string such as \"Mon-Fri 18:00-08:00\", got 7"),
            bad("rules: [{id: 'crowd', type: 'crowd', " + SQUARE + ", minCount: 0}]",
                "rules[0].minCount: must be greater than 0 when minDensity is 0 (a crowd needs a count or a density), "
                    + "got 0"),
            bad("rules: [{id: 'crowd', type: 'crowd', " + SQUARE + ", minCount: 2.5, minDensity: 1.5, minDuration: '-1s'}]",
                "rules[0].minCount: must be a whole number, got 2.5",
                "rules[0].minDensity: must be between 0 and 1, got 1.5",
                "rules[0].minDuration: must be a duration like \"250ms\", \"5s\", \"2m\" or \"1h\", got \"-1s\""),
            bad("rules: [{id: 'crowd', type: 'crowd', " + SQUARE + ", minCount: 5000}]",
                "rules[0].minCount: must be between 0 and 1000, got 5000"),
            bad("rules: [{id: 'run', type: 'fast_movement', " + SQUARE + ", minSpeed: 0}]",
                "rules[0].minSpeed: must be greater than 0 and at most 100 (frame widths a second), got 0"),
            bad("rules: [{id: 'bag', type: 'abandoned_object', " + SQUARE + ", classes: ['bag']}]",
                "rules[0].classes: unknown key, allowed: id, type, schedule, cooldown, polygon, minArea, maxArea, "
                    + "minDuration"),
            bad("rules: [{id: 'bag', type: 'abandoned_object', " + SQUARE + ", minArea: 0.2, maxArea: 0.1}]",
                "rules[0].maxArea: must be at least minArea (0.2), got 0.1"),
            bad("rules: [{id: 'bin', type: 'object_removed', " + SQUARE + ", minArea: -0.1, maxArea: 0}]",
                "rules[0].minArea: must be between 0 and 1, got -0.1",
                "rules[0].maxArea: must be greater than 0 and at most 1, got 0"),
            bad("rules: [{id: 'entry', type: 'region_entrance', " + SQUARE + ", minDwell: '1s'}]",
                "rules[0].minDwell: unknown key, allowed: id, type, schedule, cooldown, polygon, classes"),
            bad("rules: [{id: 'lawn', type: 'region_exit', " + SQUARE + "}, {id: 'lawn', type: 'loitering', "
                    + SQUARE + "}]",
                "rules[1].id: duplicate of rules[0].id \"lawn\""),
            bad("zones: [{id: 'lawn', " + SQUARE + "}], rules: [{id: 'lawn', " + LINE + "}]",
                "rules[0].id: duplicate of zones[0].id \"lawn\""),
            bad("rules: {gate: {}}", "rules: must be a list, got an object"),
            bad("rules: ['gate', 3]", "rules[0]: must be an object (key: value pairs), got \"gate\"",
                "rules[1]: must be an object (key: value pairs), got 3"),
            bad("rules: [{id: 'ok', " + LINE + "}, {id: 'Bad', type: 'loitering', polygon: [[0, 0]], minDwell: 'x', "
                    + "colour: 'red'}]",
                "rules[1].id: must be 1 to 64 lower-case letters, digits, '_' or '-', starting with a letter or "
                    + "digit, got \"Bad\"",
                "rules[1].colour: unknown key, allowed: id, type, schedule, cooldown, polygon, classes, minDwell",
                "rules[1].polygon: must have at least 3 points, got 1",
                "rules[1].minDwell: must be a duration like \"250ms\", \"5s\", \"2m\" or \"1h\", got \"x\""));
    }

    private static Arguments bad(String json, String... expected) {
        return Arguments.of(json, List.of(expected));
    }

    @ParameterizedTest
    @MethodSource("malformedRules")
    void reportsEveryProblemWithItsPath(String rules, List<String> expected) {
        assertThatThrownBy(() -> read(rules)).isInstanceOfSatisfying(InvalidSpecException.class,
                e -> assertThat(e.errors()).map(FieldError::toString).containsExactlyElementsOf(expected));
    }

    @Test
    void readsEveryRuleTypeWithEveryField() {
        ArmingSchedule nights = ArmingSchedule.parse(ZoneId.of("Asia/Shanghai"), List.of("Mon-Fri 18:00-08:00"));
        ChannelSpec spec = read("rules: ["
                + "{id: 'gate', " + LINE + ", direction: 'A_TO_B', classes: ['person'], "
                + "schedule: {timeZone: 'Asia/Shanghai', windows: ['Mon-Fri 18:00-08:00']}, cooldown: '30s'},"
                + "{id: 'lawn', type: 'zone_intrusion', " + SQUARE + ", classes: ['person', 'dog'], minDwell: '1s', "
                + "cooldown: '5s'},"
                + "{id: 'in', type: 'region_entrance', " + SQUARE + ", classes: ['car']},"
                + "{id: 'out', type: 'region_exit', " + SQUARE + "},"
                + "{id: 'idle', type: 'loitering', " + SQUARE + ", classes: [], minDwell: '2m'},"
                + "{id: 'crowd', type: 'crowd', " + SQUARE + ", classes: ['person'], minCount: 8, minDensity: 0.4, "
                + "minDuration: '20s'},"
                + "{id: 'run', type: 'fast_movement', " + SQUARE + ", minSpeed: 0.8, minDuration: '500ms'},"
                + "{id: 'bag', type: 'abandoned_object', " + SQUARE + ", minArea: 0.002, maxArea: 0.05, "
                + "minDuration: '1m'},"
                + "{id: 'bin', type: 'object_removed', " + SQUARE + ", minArea: 0, maxArea: 1, minDuration: '5m'}]");

        Duration zero = Duration.ZERO;
        ArmingSchedule always = ArmingSchedule.always();
        assertThat(spec.rules()).containsExactly(
                new LineCrossingConfig("gate", new Point(0.2, 0.5), new Point(0.8, 0.5), CrossingDirection.A_TO_B,
                        Set.of("person"), nights, Duration.ofSeconds(30)),
                new ZoneIntrusionConfig("lawn", SQUARE_POINTS, Set.of("person", "dog"), Duration.ofSeconds(1), always,
                        Duration.ofSeconds(5)),
                new RegionEntranceConfig("in", SQUARE_POINTS, Set.of("car"), always, zero),
                new RegionExitConfig("out", SQUARE_POINTS, Set.of(), always, zero),
                new LoiteringConfig("idle", SQUARE_POINTS, Set.of(), Duration.ofMinutes(2), always, zero),
                new CrowdConfig("crowd", SQUARE_POINTS, Set.of("person"), 8, 0.4, Duration.ofSeconds(20), always, zero),
                new FastMovementConfig("run", SQUARE_POINTS, Set.of(), 0.8, Duration.ofMillis(500), always, zero),
                new AbandonedObjectConfig("bag", SQUARE_POINTS, 0.002, 0.05, Duration.ofMinutes(1), always, zero),
                new ObjectRemovedConfig("bin", SQUARE_POINTS, 0, 1, Duration.ofMinutes(5), always, zero));
        assertThat(spec.zones()).isEmpty();
    }

    @Test
    void appliesTheDefaultsOfEveryOptionalField() {
        ChannelSpec spec = read("rules: [{id: 'gate', " + LINE + "},"
                + "{id: 'lawn', type: 'zone_intrusion', " + SQUARE + "},"
                + "{id: 'idle', type: 'loitering', " + SQUARE + "},"
                + "{id: 'crowd', type: 'crowd', " + SQUARE + "},"
                + "{id: 'run', type: 'fast_movement', " + SQUARE + "},"
                + "{id: 'bag', type: 'abandoned_object', " + SQUARE + "}]");

        Duration zero = Duration.ZERO;
        ArmingSchedule always = ArmingSchedule.always();
        assertThat(spec.rules()).containsExactly(
                new LineCrossingConfig("gate", new Point(0.2, 0.5), new Point(0.8, 0.5), CrossingDirection.BOTH,
                        Set.of(), always, zero),
                new ZoneIntrusionConfig("lawn", SQUARE_POINTS, Set.of(), Duration.ofSeconds(1), always, zero),
                new LoiteringConfig("idle", SQUARE_POINTS, Set.of(), Duration.ofSeconds(30), always, zero),
                new CrowdConfig("crowd", SQUARE_POINTS, Set.of(), 5, 0, Duration.ofSeconds(10), always, zero),
                new FastMovementConfig("run", SQUARE_POINTS, Set.of(), 0.5, Duration.ofSeconds(1), always, zero),
                new AbandonedObjectConfig("bag", SQUARE_POINTS, 0.001, 0.1, Duration.ofSeconds(30), always, zero));
    }

    @Test
    void aCrowdMayBeJudgedByDensityAlone() {
        ChannelSpec spec = read("rules: [{id: 'crowd', type: 'crowd', " + SQUARE + ", minCount: 0, minDensity: 0.3}]");

        assertThat(((CrowdConfig) spec.rules().get(0)).minDensity()).isEqualTo(0.3);
    }

    @Test
    void zonesStayAsTheFirstReleaseReadThemBesideRules() {
        ChannelSpec spec = read("zones: [{id: 'path', " + SQUARE + "}], rules: [{id: 'gate', " + LINE + "}]");

        assertThat(spec.zones()).extracting(z -> z.id()).containsExactly("path");
        assertThat(spec.rules()).extracting(r -> r.id()).containsExactly("gate");
    }
}
