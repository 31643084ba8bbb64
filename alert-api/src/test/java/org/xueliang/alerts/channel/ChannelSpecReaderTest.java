package org.xueliang.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xueliang.analytics.Point;
import org.xueliang.analytics.ZoneRuleConfig;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.Gb28181SourceConfig;
import org.xueliang.ingest.MediaTransport;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.RtspTransport;
import org.xueliang.ingest.SamplingConfig;

class ChannelSpecReaderTest {
    /** Lenient JSON so that the cases stay readable: single quotes, unquoted keys. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES).build();
    private static final String FILE = "source: {type: 'file', path: 'clip.avi'}";
    private static final String RTSP = "source: {type: 'rtsp', url: 'rtsp://cam/s'}";
    private static final String SQUARE = "polygon: [[0, 0], [1, 0], [1, 1]]";
    private static final String GB_DEVICE = "34020000001320000001";
    private static final String GB_CHANNEL = "34020000001310000001";

    @TempDir
    static Path dir;

    @BeforeAll
    static void createClip() throws IOException {
        Files.writeString(dir.resolve("clip.avi"), "not really a video, only has to exist");
        Files.createDirectory(dir.resolve("folder"));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChannelSpecReader reader() {
        return new ChannelSpecReader(ChannelDefaults.builtIn(), dir);
    }

    static Stream<Arguments> malformedChannels() {
        return Stream.of(
            bad("{id: 'c', source: {type: 'rtsp', url: 'rtsp://h/s', kind: 'x'}}",
                "channels[0].source.kind: unknown key, allowed: type, url, transport, connectTimeout, readTimeout"),
            bad("{id: 'c', " + FILE + ", zone: []}",
                "channels[0].zone: unknown key, allowed: id, name, source, analysis, zones, rules"),
            bad("{id: 'c', source: {type: 'file', path: 'clip.avi', url: 'rtsp://h/s'}}",
                "channels[0].source.url: unknown key, allowed: type, path, loop"),
            bad("{id: 'c', " + FILE + ", zones: [{id: 'z', polygon: [[0, 0], [1, 1]]}]}",
                "channels[0].zones[0].polygon: must have at least 3 points, got 2"),
            bad("{id: 'c', " + FILE + ", zones: [{id: 'z'}]}",
                "channels[0].zones[0].polygon: is required, a list of at least 3 [x, y] points"),
            bad("{id: 'c', " + FILE + ", zones: [{id: 'z', polygon: [[0, 0], [1.5, 0], [1, 1]]}]}",
                "channels[0].zones[0].polygon[1][0]: must be between 0 and 1, got 1.5"),
            bad("{id: 'c', " + FILE + ", zones: [{id: 'z', polygon: [[0, '0.5'], [1, 0], [0.1]]}]}",
                "channels[0].zones[0].polygon[0][1]: must be a number, got \"0.5\"",
                "channels[0].zones[0].polygon[2]: must be a point [x, y], got 1 value"),
            bad("{id: 'c', " + FILE + ", zones: [{id: 'z', " + SQUARE + ", minArea: 0}]}",
                "channels[0].zones[0].minArea: must be greater than 0 and at most 1, got 0"),
            bad("{id: 'c', " + FILE + ", zones: [{id: 'lawn', " + SQUARE + "}, {id: 'lawn', " + SQUARE + "}]}",
                "channels[0].zones[1].id: duplicate of channels[0].zones[0].id \"lawn\""),
            bad("{id: 'c', " + FILE + ", zones: {lawn: {}}}", "channels[0].zones: must be a list, got an object"),
            bad("{id: 'c', " + FILE + ", zones: ['lawn']}",
                "channels[0].zones[0]: must be an object (key: value pairs), got \"lawn\""),
            bad("{id: 'c', " + FILE + ", zones: [{id: 'z', " + SQUARE + ", minDwell: 2, cooldown: 'later'}]}",
                "channels[0].zones[0].minDwell: missing unit in 2: add ms, s, m or h, e.g. \"2s\"",
                "channels[0].zones[0].cooldown: must be a duration like \"250ms\", \"5s\", \"2m\" or \"1h\", "
                    + "got \"later\""),
            bad("{id: 'c', " + FILE + ", analysis: {fps: 0}}",
                "channels[0].analysis.fps: must be greater than 0 and at most 30, got 0"),
            bad("{id: 'c', " + FILE + ", analysis: {fps: 'abc', width: 100}}",
                "channels[0].analysis.fps: must be a number, got \"abc\"",
                "channels[0].analysis.width: must be between 160 and 1920, got 100"),
            bad("{id: 'c', " + FILE + ", analysis: {width: 640.5, height: 480}}",
                "channels[0].analysis.height: unknown key, allowed: fps, width",
                "channels[0].analysis.width: must be a whole number, got 640.5"),
            bad("{id: 'c', " + FILE + ", analysis: 5}",
                "channels[0].analysis: must be an object (key: value pairs), got 5"),
            bad("{" + FILE + "}", "channels[0].id: is required"),
            bad("{id: '', " + FILE + "}", "channels[0].id: must not be empty"),
            bad("{id: 'Cam 1', " + FILE + "}", "channels[0].id: must be 1 to 64 lower-case letters, digits, "
                + "'_' or '-', starting with a letter or digit, got \"Cam 1\""),
            bad("{id: 5, " + FILE + "}", "channels[0].id: must be a string, got 5 (put it in quotes)"),
            bad("{id: 'c', name: '" + "n".repeat(101) + "', " + FILE + "}",
                "channels[0].name: must be at most 100 characters, got 101"),
            bad("{id: 'c'}", "channels[0].source: is required, an object with type: file, rtsp or gb28181"),
            bad("{id: 'c', source: 'rtsp://cam/s'}",
                "channels[0].source: must be an object (key: value pairs), got \"rtsp://cam/s\""),
            bad("{id: 'c', source: {url: 'rtsp://cam/s'}}",
                "channels[0].source.type: is required, one of: file, rtsp, gb28181"),
            bad("{id: 'c', source: {type: 'http'}}",
                "channels[0].source.type: must be one of file, rtsp, gb28181, got \"http\""),
            bad("{id: 'c', source: {type: 'gb28181', deviceId: '123', channelId: '" + GB_CHANNEL + "'}}",
                "channels[0].source.deviceId: must be 20 digits, got \"123\""),
            // a full-width digit, as typed on a Chinese keyboard
            bad("{id: 'c', source: {type: 'gb28181', deviceId: '" + GB_DEVICE
                    + "', channelId: '3402000000131000000１'}}",
                "channels[0].source.channelId: must be 20 digits, got \"3402000000131000000１\""),
            bad("{id: 'c', source: {type: 'gb28181', deviceId: 34020000001320000001, channelId: ''}}",
                "channels[0].source.deviceId: must be a string, got 34020000001320000001 (put it in quotes)",
                "channels[0].source.channelId: must not be empty"),
            bad("{id: 'c', source: {type: 'gb28181'}}", "channels[0].source.deviceId: is required",
                "channels[0].source.channelId: is required"),
            bad("{id: 'c', source: {type: 'gb28181', deviceId: '" + GB_DEVICE + "', channelId: '" + GB_CHANNEL
                    + "', transport: 'tcp-active', url: 'rtsp://cam/s'}}",
                "channels[0].source.url: unknown key, allowed: type, deviceId, channelId, transport",
                "channels[0].source.transport: must be one of udp, tcp, got \"tcp-active\""),
            bad("{id: 'c', source: {type: 'file', path: 'missing.avi'}}",
                "channels[0].source.path: file not found: $DIR/missing.avi"),
            bad("{id: 'c', source: {type: 'file', path: 'folder'}}",
                "channels[0].source.path: not a regular file: $DIR/folder"),
            bad("{id: 'c', source: {type: 'file', path: 'clip.avi', loop: 'yes'}}",
                "channels[0].source.loop: must be true or false, got \"yes\""),
            bad("{id: 'c', source: {type: 'file'}}", "channels[0].source.path: is required"),
            bad("{id: 'c', source: {type: 'rtsp', url: 'http://x'}}",
                "channels[0].source.url: must start with rtsp:// or rtsps://, got \"http://x\""),
            bad("{id: 'c', source: {type: 'rtsp', url: 'http://admin:secret@cam/x'}}",
                "channels[0].source.url: must start with rtsp:// or rtsps://, got \"http://admin:***@cam/x\""),
            bad("{id: 'c', source: {type: 'rtsp', url: 'rtsp:///stream'}}",
                "channels[0].source.url: must name a host, got \"rtsp:///stream\""),
            bad("{id: 'c', source: {type: 'rtsp', url: 'rtsp://admin:p w@cam/s'}}",
                "channels[0].source.url: is not a valid URI (Illegal character in authority; percent-encode "
                    + "special characters in user and password), got \"rtsp://admin:***@cam/s\""),
            bad("{id: 'c', source: {type: 'rtsp'}}", "channels[0].source.url: is required"),
            bad("{id: 'c', source: {type: 'rtsp', url: 'rtsp://cam/s', transport: 'sctp', connectTimeout: 5, "
                    + "readTimeout: '0s'}}",
                "channels[0].source.transport: must be one of tcp, udp, got \"sctp\"",
                "channels[0].source.connectTimeout: missing unit in 5: add ms, s, m or h, e.g. \"5s\"",
                "channels[0].source.readTimeout: must be greater than 0, got \"0s\""),
            bad("[1, 2]", "channels[0]: must be an object (key: value pairs), got a list"),
            bad("{id: 'Bad!', source: {type: 'rtsp', url: 'http://x', kind: 1}, analysis: {fps: 31}, "
                    + "zones: [{id: 'z', polygon: [[0, 0]], minArea: 2}]}",
                "channels[0].id: must be 1 to 64 lower-case letters, digits, '_' or '-', starting with a letter "
                    + "or digit, got \"Bad!\"",
                "channels[0].source.kind: unknown key, allowed: type, url, transport, connectTimeout, readTimeout",
                "channels[0].source.url: must start with rtsp:// or rtsps://, got \"http://x\"",
                "channels[0].analysis.fps: must be greater than 0 and at most 30, got 31",
                "channels[0].zones[0].polygon: must have at least 3 points, got 1",
                "channels[0].zones[0].minArea: must be greater than 0 and at most 1, got 2"));
    }

    private static Arguments bad(String json, String... expected) {
        return Arguments.of(json, List.of(expected));
    }

    @ParameterizedTest
    @MethodSource("malformedChannels")
    void reportsEveryProblemWithItsPath(String json, List<String> expected) {
        List<FieldError> errors = new ArrayList<>();

        ChannelSpec spec = reader().read(json(json), "channels[0]", errors);

        assertThat(spec).isNull();
        assertThat(errors).map(FieldError::toString)
                .containsExactlyElementsOf(expected.stream().map(e -> e.replace("$DIR", dir.toString())).toList());
    }

    @Test
    void appliesDefaultsToAMinimalRtspChannel() {
        List<FieldError> errors = new ArrayList<>();

        ChannelSpec spec = reader().read(json("{id: 'gate-1', " + RTSP + "}"), "channels[3]", errors);

        assertThat(errors).isEmpty();
        assertThat(spec).isEqualTo(new ChannelSpec("gate-1", "gate-1",
                new RtspSourceConfig("rtsp://cam/s", RtspTransport.TCP, Duration.ofSeconds(5), Duration.ofSeconds(10)),
                new SamplingConfig(5, 640), List.of()));
    }

    @Test
    void readsAGb28181SourceWithUdpByDefault() {
        ChannelSpec udp = reader().readBody(json("{id: 'gate', source: {type: 'gb28181', deviceId: '" + GB_DEVICE
                + "', channelId: '" + GB_CHANNEL + "'}}"));
        ChannelSpec tcp = reader().readBody(json("{id: 'gate', source: {type: 'GB28181', deviceId: '" + GB_DEVICE
                + "', channelId: '" + GB_DEVICE + "', transport: 'TCP'}}"));

        assertThat(udp.source()).isEqualTo(new Gb28181SourceConfig(GB_DEVICE, GB_CHANNEL, MediaTransport.UDP));
        // a lone camera is its own channel
        assertThat(tcp.source()).isEqualTo(new Gb28181SourceConfig(GB_DEVICE, GB_DEVICE, MediaTransport.TCP_PASSIVE));
    }

    @Test
    void readsEveryFieldOfAFullChannel() {
        ChannelSpec spec = reader().readBody(json("{id: 'square-east', name: 'Square, east gate', "
                + "source: {type: 'file', path: 'clip.avi', loop: false}, analysis: {fps: 2.5, width: 320}, "
                + "zones: [{id: 'lawn', polygon: [[0.1, 0.5], [0.9, 0.5], [0.9, 0.95]], minArea: 0.01, "
                + "minDwell: '500ms', cooldown: '2m'}]}"));

        assertThat(spec).isEqualTo(new ChannelSpec("square-east", "Square, east gate",
                new FileSourceConfig(dir.resolve("clip.avi"), false), new SamplingConfig(2.5, 320),
                List.of(new ZoneRuleConfig("lawn",
                        List.of(new Point(0.1, 0.5), new Point(0.9, 0.5), new Point(0.9, 0.95)),
                        0.01, Duration.ofMillis(500), Duration.ofMinutes(2)))));
    }

    @Test
    void takesOmittedValuesFromTheGivenDefaults() {
        ChannelDefaults defaults = new ChannelDefaults(new SamplingConfig(2, 480), RtspTransport.UDP,
                Duration.ofSeconds(3), Duration.ofSeconds(4), 0.05, Duration.ofSeconds(6), Duration.ofSeconds(7));

        ChannelSpec spec = new ChannelSpecReader(defaults, dir).readBody(json(
                "{id: 'c', " + RTSP + ", zones: [{id: 'z', " + SQUARE + "}]}"));

        assertThat(spec.source()).isEqualTo(new RtspSourceConfig("rtsp://cam/s", RtspTransport.UDP,
                Duration.ofSeconds(3), Duration.ofSeconds(4)));
        assertThat(spec.sampling()).isEqualTo(new SamplingConfig(2, 480));
        assertThat(spec.zones().get(0)).isEqualTo(new ZoneRuleConfig("z",
                List.of(new Point(0, 0), new Point(1, 0), new Point(1, 1)), 0.05, Duration.ofSeconds(6),
                Duration.ofSeconds(7)));
    }

    @Test
    void acceptsAbsolutePathsAndNumbersGivenAsText() {
        String absolute = dir.resolve("clip.avi").toString();

        ChannelSpec spec = new ChannelSpecReader(ChannelDefaults.builtIn(), Path.of("/nonexistent-base"))
                .readBody(json("{id: 'c', source: {type: 'file', path: '" + absolute + "', loop: 'false'}, "
                        + "analysis: {fps: '10', width: '800'}}"));

        assertThat(spec.source()).isEqualTo(new FileSourceConfig(Path.of(absolute), false));
        assertThat(spec.sampling()).isEqualTo(new SamplingConfig(10, 800));
    }

    @Test
    void bodyErrorsHaveNoPrefixAndAreAllInTheException() {
        assertThatThrownBy(() -> reader().readBody(json("{id: 'c', source: {type: 'rtsp', url: 'ftp://x'}, "
                + "analysis: {fps: 0}}")))
                .isInstanceOfSatisfying(InvalidSpecException.class, e -> assertThat(e.errors()).containsExactly(
                        new FieldError("source.url", "must start with rtsp:// or rtsps://, got \"ftp://x\""),
                        new FieldError("analysis.fps", "must be greater than 0 and at most 30, got 0")))
                .hasMessage("source.url: must start with rtsp:// or rtsps://, got \"ftp://x\"\n"
                        + "analysis.fps: must be greater than 0 and at most 30, got 0");
    }

    @Test
    void aBodyThatIsNotAnObjectIsReportedWithoutAPath() {
        assertThatThrownBy(() -> reader().readBody(json("'cam'")))
                .hasMessage("must be an object (key: value pairs), got \"cam\"");
    }

    @Test
    void keepsErrorsFoundBeforeAndReturnsTheSpecWhenThisChannelIsFine() {
        List<FieldError> errors = new ArrayList<>(List.of(new FieldError("http.port", "earlier problem")));

        ChannelSpec spec = reader().read(json("{id: 'c', " + FILE + "}"), "channels[1]", errors);

        assertThat(spec).isNotNull();
        assertThat(errors).containsExactly(new FieldError("http.port", "earlier problem"));
    }
}
