package org.xueliang.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.ZoneRuleConfig;
import org.xueliang.analytics.rules.AbandonedObjectConfig;
import org.xueliang.analytics.rules.CrossingDirection;
import org.xueliang.analytics.rules.CrowdConfig;
import org.xueliang.analytics.rules.FastMovementConfig;
import org.xueliang.analytics.rules.LineCrossingConfig;
import org.xueliang.analytics.rules.LoiteringConfig;
import org.xueliang.analytics.rules.ObjectRemovedConfig;
import org.xueliang.analytics.rules.RegionEntranceConfig;
import org.xueliang.analytics.rules.RegionExitConfig;
import org.xueliang.analytics.rules.RuleConfig;
import org.xueliang.analytics.rules.ZoneIntrusionConfig;
import org.xueliang.analytics.schedule.ArmingSchedule;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.Gb28181SourceConfig;
import org.xueliang.ingest.MediaTransport;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.RtspTransport;
import org.xueliang.ingest.SamplingConfig;
import org.xueliang.ingest.SourceConfig;

class ChannelSpecJsonTest {
    private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_-";

    @TempDir
    static Path dir;

    @BeforeAll
    static void createClips() throws IOException {
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("clip-" + i + ".avi"), "placeholder " + i);
        }
    }

    private static ChannelSpecReader reader() {
        return new ChannelSpecReader(ChannelDefaults.builtIn(), dir);
    }

    @Test
    void writesEveryFieldInTheReadersShape() {
        ChannelSpec spec = new ChannelSpec("gate", "Gate \"north\"",
                new RtspSourceConfig("rtsp://admin:s3cret@10.0.0.5:554/Streaming/Channels/101", RtspTransport.UDP,
                        Duration.ofMillis(2500), Duration.ofMinutes(1)),
                new SamplingConfig(5, 640),
                List.of(new ZoneRuleConfig("lawn", List.of(new Point(0.1, 0.5), new Point(0.9, 0.5),
                        new Point(0.9, 0.95)), 0.002, Duration.ofSeconds(1), Duration.ofSeconds(30))));

        assertThat(ChannelSpecJson.toJson(spec, false).toString()).isEqualTo("{\"id\":\"gate\","
                + "\"name\":\"Gate \\\"north\\\"\",\"source\":{\"type\":\"rtsp\","
                + "\"url\":\"rtsp://admin:s3cret@10.0.0.5:554/Streaming/Channels/101\",\"transport\":\"udp\","
                + "\"connectTimeout\":\"2500ms\",\"readTimeout\":\"1m\"},\"analysis\":{\"fps\":5,\"width\":640},"
                + "\"zones\":[{\"id\":\"lawn\",\"polygon\":[[0.1,0.5],[0.9,0.5],[0.9,0.95]],\"minArea\":0.002,"
                + "\"minDwell\":\"1s\",\"cooldown\":\"30s\"}],\"rules\":[]}");
    }

    @Test
    void writesEveryRuleTypeWithEveryFieldSpelledOut() {
        List<Point> triangle = List.of(new Point(0, 0), new Point(1, 0), new Point(0.5, 1));
        ArmingSchedule nights = ArmingSchedule.parse(ZoneId.of("Asia/Shanghai"),
                List.of("Mon-Fri 18:00-08:00", "Sat,Sun 00:00-24:00", "Mon,Wed,Fri-Sun 12:00-13:30"));
        ArmingSchedule always = ArmingSchedule.always();
        Duration zero = Duration.ZERO;
        ChannelSpec spec = new ChannelSpec("gate", "gate", new Gb28181SourceConfig("34020000001320000001",
                "34020000001310000001", MediaTransport.UDP), new SamplingConfig(5, 640), List.of(), List.of(
                new LineCrossingConfig("line", new Point(0.2, 0.5), new Point(0.8, 0.5), CrossingDirection.B_TO_A,
                        Set.of("person", "bicycle"), nights, Duration.ofSeconds(30)),
                new ZoneIntrusionConfig("zone", triangle, Set.of(), Duration.ofSeconds(1), always, zero),
                new RegionEntranceConfig("in", triangle, Set.of("car"), always, zero),
                new RegionExitConfig("out", triangle, Set.of(), always, Duration.ofMinutes(1)),
                new LoiteringConfig("idle", triangle, Set.of(), Duration.ofSeconds(30), always, zero),
                new CrowdConfig("crowd", triangle, Set.of(), 5, 0.25, Duration.ofSeconds(10), always, zero),
                new FastMovementConfig("run", triangle, Set.of(), 0.5, Duration.ofSeconds(1), always, zero),
                new AbandonedObjectConfig("bag", triangle, 0.001, 0.1, Duration.ofSeconds(30), always, zero),
                new ObjectRemovedConfig("bin", triangle, 0, 1, Duration.ofMinutes(5), always, zero)));
        String polygon = "\"polygon\":[[0.0,0.0],[1.0,0.0],[0.5,1.0]]";
        String common = "\"schedule\":null,\"cooldown\":\"0s\",";

        ObjectNode json = ChannelSpecJson.toJson(spec, true);

        assertThat(json.get("rules")).map(JsonNode::toString).containsExactly(
                "{\"id\":\"line\",\"type\":\"line_crossing\",\"schedule\":{\"timeZone\":\"Asia/Shanghai\","
                        + "\"windows\":[\"Mon-Fri 18:00-08:00\",\"Sat-Sun 00:00-24:00\",\"Mon,Wed,Fri-Sun 12:00-13:30\"]},"
                        + "\"cooldown\":\"30s\",\"start\":[0.2,0.5],\"end\":[0.8,0.5],\"direction\":\"b_to_a\","
                        + "\"classes\":[\"bicycle\",\"person\"]}",
                "{\"id\":\"zone\",\"type\":\"zone_intrusion\"," + common + polygon + ",\"classes\":[],\"minDwell\":\"1s\"}",
                "{\"id\":\"in\",\"type\":\"region_entrance\"," + common + polygon + ",\"classes\":[\"car\"]}",
                "{\"id\":\"out\",\"type\":\"region_exit\",\"schedule\":null,\"cooldown\":\"1m\"," + polygon
                        + ",\"classes\":[]}",
                "{\"id\":\"idle\",\"type\":\"loitering\"," + common + polygon + ",\"classes\":[],\"minDwell\":\"30s\"}",
                "{\"id\":\"crowd\",\"type\":\"crowd\"," + common + polygon + ",\"classes\":[],\"minCount\":5,"
                        + "\"minDensity\":0.25,\"minDuration\":\"10s\"}",
                "{\"id\":\"run\",\"type\":\"fast_movement\"," + common + polygon + ",\"classes\":[],\"minSpeed\":0.5,"
                        + "\"minDuration\":\"1s\"}",
                "{\"id\":\"bag\",\"type\":\"abandoned_object\"," + common + polygon + ",\"minArea\":0.001,"
                        + "\"maxArea\":0.1,\"minDuration\":\"30s\"}",
                "{\"id\":\"bin\",\"type\":\"object_removed\"," + common + polygon + ",\"minArea\":0,\"maxArea\":1,"
                        + "\"minDuration\":\"5m\"}");
        assertThat(reader().readBody(json)).isEqualTo(spec);
    }

    @Test
    void writesAGb28181SourceWithItsIdsAndTransport() {
        ChannelSpec spec = new ChannelSpec("gate", "gate", new Gb28181SourceConfig("34020000001320000001",
                "34020000001310000001", MediaTransport.TCP_PASSIVE), new SamplingConfig(5, 640), List.of());

        assertThat(ChannelSpecJson.toJson(spec, true).get("source").toString()).isEqualTo("{\"type\":\"gb28181\","
                + "\"deviceId\":\"34020000001320000001\",\"channelId\":\"34020000001310000001\","
                + "\"transport\":\"tcp\"}");
    }

    @Test
    void masksTheRtspPasswordWhenAsked() {
        ChannelSpec spec = new ChannelSpec("gate", "gate", new RtspSourceConfig("rtsp://admin:s3cret@cam:554/s",
                RtspTransport.TCP, Duration.ofSeconds(5), Duration.ofSeconds(10)), new SamplingConfig(5, 640),
                List.of());

        ObjectNode masked = ChannelSpecJson.toJson(spec, true);

        assertThat(masked.at("/source/url").asText()).isEqualTo("rtsp://admin:***@cam:554/s");
        assertThat(masked.toString()).doesNotContain("s3cret");
        assertThat(ChannelSpecJson.toJson(spec, false).at("/source/url").asText())
                .isEqualTo("rtsp://admin:s3cret@cam:554/s");
    }

    @Test
    void writesFileSourcesWithTheirAbsolutePath() {
        ChannelSpec spec = reader().readBody(ChannelSpecReaderTest.json(
                "{id: 'c', source: {type: 'file', path: 'clip-0.avi'}}"));

        assertThat(ChannelSpecJson.toJson(spec, true).get("source").toString()).isEqualTo(
                "{\"type\":\"file\",\"path\":" + ChannelSpecReaderTest.json("'" + dir.resolve("clip-0.avi") + "'")
                        + ",\"loop\":true}");
    }

    @Test
    void unmaskedJsonReadsBackAsAnEqualSpec() {
        Random random = new Random(20240611);
        for (int i = 0; i < 500; i++) {
            ChannelSpec spec = randomSpec(random);
            JsonNode json = ChannelSpecJson.toJson(spec, false);
            List<FieldError> errors = new ArrayList<>();

            ChannelSpec read = reader().read(json, "channels[" + i + "]", errors);

            assertThat(errors).as("errors for %s", json).isEmpty();
            assertThat(read).as("read back from %s", json).isEqualTo(spec);
        }
    }

    private static ChannelSpec randomSpec(Random random) {
        String id = randomId(random);
        String name = random.nextBoolean() ? id : randomText(random, 1 + random.nextInt(100));
        List<ZoneRuleConfig> zones = new ArrayList<>();
        int zoneCount = random.nextInt(4);
        for (int z = 0; z < zoneCount; z++) {
            zones.add(new ZoneRuleConfig("zone-" + z + randomId(random).substring(1), randomPolygon(random),
                    1 - random.nextDouble(), randomDuration(random, true), randomDuration(random, true)));
        }
        List<RuleConfig> rules = new ArrayList<>();
        int ruleCount = random.nextInt(5);
        for (int r = 0; r < ruleCount; r++) {
            rules.add(randomRule(random, "rule-" + r + randomId(random).substring(1)));
        }
        return new ChannelSpec(id, name, randomSource(random),
                new SamplingConfig(30 - random.nextDouble() * 29.99, 160 + random.nextInt(1761)), zones, rules);
    }

    /** A rule of a random type with random values inside the reader's ranges. */
    private static RuleConfig randomRule(Random random, String id) {
        ArmingSchedule schedule = randomSchedule(random);
        Duration cooldown = randomDuration(random, true);
        List<Point> polygon = randomPolygon(random);
        Set<String> classes = randomClasses(random);
        double minArea = random.nextDouble() / 2;
        return switch (random.nextInt(9)) {
            case 0 -> new LineCrossingConfig(id, new Point(random.nextDouble(), 0), new Point(random.nextDouble(), 1),
                    CrossingDirection.values()[random.nextInt(3)], classes, schedule, cooldown);
            case 1 -> new ZoneIntrusionConfig(id, polygon, classes, randomDuration(random, true), schedule, cooldown);
            case 2 -> new RegionEntranceConfig(id, polygon, classes, schedule, cooldown);
            case 3 -> new RegionExitConfig(id, polygon, classes, schedule, cooldown);
            case 4 -> new LoiteringConfig(id, polygon, classes, randomDuration(random, true), schedule, cooldown);
            case 5 -> new CrowdConfig(id, polygon, classes, 1 + random.nextInt(1000), random.nextDouble(),
                    randomDuration(random, true), schedule, cooldown);
            case 6 -> new FastMovementConfig(id, polygon, classes, 0.01 + random.nextDouble() * 99,
                    randomDuration(random, true), schedule, cooldown);
            case 7 -> new AbandonedObjectConfig(id, polygon, minArea, minArea + 0.5 * random.nextDouble() + 0.001,
                    randomDuration(random, true), schedule, cooldown);
            default -> new ObjectRemovedConfig(id, polygon, minArea, 1, randomDuration(random, true), schedule,
                    cooldown);
        };
    }

    private static ArmingSchedule randomSchedule(Random random) {
        if (random.nextInt(3) == 0) {
            return ArmingSchedule.always();
        }
        List<String> zones = List.of("Asia/Shanghai", "Asia/Urumqi", "UTC", "+08:00", "Europe/Berlin");
        String[] days = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        List<String> windows = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int w = 0; w < count; w++) {
            windows.add(days[random.nextInt(7)] + "-" + days[random.nextInt(7)] + " "
                    + "%02d:%02d-%02d:%02d".formatted(random.nextInt(24), random.nextInt(60), random.nextInt(25),
                    random.nextInt(60)).replaceFirst("-24:\\d\\d$", "-24:00"));
        }
        return ArmingSchedule.parse(ZoneId.of(zones.get(random.nextInt(zones.size()))), windows);
    }

    private static Set<String> randomClasses(Random random) {
        List<String> all = List.of("person", "car", "bicycle", "traffic light", "人", "motion");
        Set<String> classes = new HashSet<>();
        int count = random.nextInt(4);
        for (int c = 0; c < count; c++) {
            classes.add(all.get(random.nextInt(all.size())));
        }
        return classes;
    }

    private static SourceConfig randomSource(Random random) {
        int kind = random.nextInt(3);
        if (kind == 0) {
            return new FileSourceConfig(dir.resolve("clip-" + random.nextInt(3) + ".avi"), random.nextBoolean());
        }
        if (kind == 1) {
            return new Gb28181SourceConfig(randomGbId(random), randomGbId(random),
                    random.nextBoolean() ? MediaTransport.UDP : MediaTransport.TCP_PASSIVE);
        }
        String userInfo = random.nextBoolean() ? "" : randomId(random) + ":" + randomId(random) + "%40x@";
        String url = (random.nextBoolean() ? "rtsp" : "rtsps") + "://" + userInfo + "10.0." + random.nextInt(256)
                + "." + random.nextInt(256) + ":" + (1 + random.nextInt(65535)) + "/" + randomId(random);
        return new RtspSourceConfig(url, random.nextBoolean() ? RtspTransport.TCP : RtspTransport.UDP,
                randomDuration(random, false), randomDuration(random, false));
    }

    /** 20 digits, leading zeros included: they must survive as text. */
    private static String randomGbId(Random random) {
        StringBuilder id = new StringBuilder();
        for (int d = 0; d < 20; d++) {
            id.append((char) ('0' + random.nextInt(10)));
        }
        return id.toString();
    }

    private static List<Point> randomPolygon(Random random) {
        List<Point> points = new ArrayList<>();
        int count = 3 + random.nextInt(6);
        for (int p = 0; p < count; p++) {
            points.add(random.nextInt(5) == 0
                    ? new Point(random.nextInt(2), random.nextInt(2))
                    : new Point(random.nextDouble(), random.nextDouble()));
        }
        return points;
    }

    /** Whole units most of the time, as people write them, and any nanosecond count otherwise. */
    private static Duration randomDuration(Random random, boolean zeroAllowed) {
        long nanos = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(3600) * 1_000_000_000L;
            case 1 -> random.nextInt(100_000) * 1_000_000L;
            case 2 -> random.nextInt(48) * 3_600_000_000_000L;
            default -> random.nextLong(1, 10_000_000_000L);
        };
        return nanos == 0 && !zeroAllowed ? Duration.ofMillis(1) : Duration.ofNanos(nanos);
    }

    private static String randomId(Random random) {
        StringBuilder id = new StringBuilder().append(ID_CHARS.charAt(random.nextInt(36)));
        int more = random.nextInt(20);
        for (int c = 0; c < more; c++) {
            id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
        }
        return id.toString();
    }

    /** Text with quotes, backslashes, Chinese and control characters, which JSON must escape. */
    private static String randomText(Random random, int length) {
        String alphabet = "aZ09 ,\"\\'/:雪亮工程东门\t\n{}[]#";
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < length; c++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
