package org.xueliang.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xueliang.simulator.media.VideoCodec;
import org.xueliang.simulator.sip.Transport;

class CommandLineTest {

    private static final String VIDEO = Path.of(System.getProperty("xl.repo.root", "../.."),
            "samples", "footage", "vtest.avi").toString();

    @Test
    void theDocumentedCommandLineParses() {
        CommandLine cli = CommandLine.parse(new String[] {"--server", "127.0.0.1:5060", "--server-id",
            "34020000002000000001", "--domain", "3402000000", "--password", "12345678", "--devices", "1",
            "--first-device-id", "34020000001320000001", "--channels-per-device", "1", "--transport", "tcp",
            "--keepalive", "60s", "--video", VIDEO, "--control-port", "0", "--video-codec", "h265",
            "--register-rate", "2000/s", "--gb-version", "2022"});
        FleetConfig config = cli.config();
        assertThat(config.server().getPort()).isEqualTo(5060);
        assertThat(config.transport()).isEqualTo(Transport.TCP);
        assertThat(config.keepaliveInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.video().codec()).isEqualTo(VideoCodec.H265);
        assertThat(config.video().video()).contains(Path.of(VIDEO));
        assertThat(config.registerRate()).isEqualTo(2000.0);
        assertThat(config.gbVersionHeader()).contains("3.0");
        assertThat(cli.controlPort()).isZero();
    }

    @Test
    void defaultsFollowTheServerId() {
        FleetConfig config = CommandLine.parse(new String[] {"--server", "10.0.0.1:15060", "--server-id",
            "44010000002000000001", "--first-device-id", "44010000001320000001"}).config();
        assertThat(config.domain()).isEqualTo("4401000000");
        assertThat(config.registerRate()).isZero();
        assertThat(config.gbVersionHeader()).isEmpty();
        assertThat(config.charset().name()).isEqualTo("GB2312");
    }

    static Stream<Arguments> durations() {
        return Stream.of(Arguments.of("60s", Duration.ofSeconds(60)), Arguments.of("500ms", Duration.ofMillis(500)),
                Arguments.of("2m", Duration.ofMinutes(2)), Arguments.of("1h", Duration.ofHours(1)),
                Arguments.of("30", Duration.ofSeconds(30)));
    }

    @ParameterizedTest
    @MethodSource("durations")
    void parsesDurations(String text, Duration expected) {
        assertThat(CommandLine.parseDuration("keepalive", text)).isEqualTo(expected);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(new String[] {}, "option --server is required"),
                Arguments.of(new String[] {"--server", "localhost"}, "--server must be HOST:PORT, got 'localhost'"),
                Arguments.of(new String[] {"--server", "127.0.0.1:5060", "--keepalive", "soon"}, "--keepalive must be a duration"),
                Arguments.of(new String[] {"--server", "127.0.0.1:5060", "--devices", "many"}, "--devices must be an integer, got 'many'"),
                Arguments.of(new String[] {"--server", "127.0.0.1:5060", "--devices", "0", "--domain", "34"},
                        "domain must be 10 digits, got '34'; devices must be at least 1, got 0"),
                Arguments.of(new String[] {"--server", "127.0.0.1:5060", "--transport", "sctp"}, "transport must be udp or tcp"),
                Arguments.of(new String[] {"--server", "127.0.0.1:5060", "--register-rate", "-5"}, "--register-rate must be"),
                Arguments.of(new String[] {"--server", "127.0.0.1:5060", "--video", "/no/such.avi"}, "--video file is not readable"),
                Arguments.of(new String[] {"--server", "127.0.0.1:5060", "--devices"}, "option --devices needs a value"),
                Arguments.of(new String[] {"server"}, "expected an option starting with --, got 'server'"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void reportsWhatIsWrong(String[] args, String message) {
        assertThatThrownBy(() -> CommandLine.parse(args)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
