package org.xueliang.ingest.gb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueliang.ingest.Gb28181SourceConfig;
import org.xueliang.ingest.MediaTransport;
import org.xueliang.ingest.channel.JavaCvSourceFactory;
import org.xueliang.ingest.rtp.RtpEventLoops;
import org.xueliang.ingest.source.VideoSource;

/** Settings and offers refuse bad values with messages naming the key; the factory needs the gateway. */
class GbMediaConfigTest {

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', textBlock = """
        ''        | 30000 | 30099 | 10000 | 'mediaIp' must not be blank, got ''
        10.0.0.1  | 0     | 30099 | 10000 | 'portFrom' must be within 1..65535, got 0
        10.0.0.1  | 30000 | 29999 | 10000 | 'portTo' must be within 30000..65535, got 29999
        10.0.0.1  | 30000 | 65536 | 10000 | 'portTo' must be within 30000..65535, got 65536
        10.0.0.1  | 30000 | 30099 | 0     | 'rtpTimeout' must be greater than zero, got PT0S
        """)
    void settingsNameTheBadKey(String ip, int from, int to, long timeoutMillis, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GbMediaSettings(ip, from, to, Duration.ofMillis(timeoutMillis)));
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
        10.0.0.1 | 0     | 123        | 'port' must be within 1..65535, got 0
        10.0.0.1 | 30000 | 123        | 'ssrc' must be 10 digits, got '123'
        10.0.0.1 | 30000 | 01000000AB | 'ssrc' must be 10 digits, got '01000000AB'
        """)
    void offersAreChecked(String ip, int port, String ssrc, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MediaOffer(ip, port, MediaTransport.UDP, ssrc));
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void withoutTheGatewayGb28181ChannelsFailWithAReason() {
        Gb28181SourceConfig config = new Gb28181SourceConfig("34020000001320000001", "34020000001310000001",
                MediaTransport.UDP);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new JavaCvSourceFactory().create(config, 320));
        assertThat(e.getMessage()).isEqualTo("GB28181 sources need the SIP gateway (sip.enabled: true)");
    }

    @Test
    void withTheGatewayTheFactoryMakesGb28181Sources() {
        Gb28181SourceConfig config = new Gb28181SourceConfig("34020000001320000001", "34020000001310000001",
                MediaTransport.TCP_PASSIVE);
        try (RtpEventLoops loops = RtpEventLoops.create(1)) {
            Gb28181Media media = Gb28181Media.of((device, channel, offer) -> {
                throw new AssertionError("not opened");
            }, new GbMediaSettings("10.0.0.1", 30000, 30001, Duration.ofSeconds(10)), loops);
            try (VideoSource source = new JavaCvSourceFactory(Optional.of(media)).create(config, 320)) {
                assertThat(source).isInstanceOf(Gb28181VideoSource.class);
            }
        }
    }
}
