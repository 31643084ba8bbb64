package org.xueliang.ingest.rtsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.RtspTransport;

class RtspOptionsTest {

    @Test
    void forcesTransportAndSetsTheSocketTimeoutInMicroseconds() {
        RtspSourceConfig config = new RtspSourceConfig("rtsp://cam/x", RtspTransport.UDP, Duration.ofSeconds(3),
                Duration.ofMillis(2500));

        assertThat(RtspOptions.forConfig(config)).containsExactly(
                org.assertj.core.api.Assertions.entry("rtsp_transport", "udp"),
                org.assertj.core.api.Assertions.entry("timeout", "2500000"),
                org.assertj.core.api.Assertions.entry("allowed_media_types", "video"));
    }

    @Test
    void rejectsZeroTimeouts() {
        RtspSourceConfig config = new RtspSourceConfig("rtsp://cam/x", RtspTransport.TCP, Duration.ofSeconds(3),
                Duration.ZERO);

        assertThatThrownBy(() -> RtspOptions.forConfig(config))
                .hasMessage("'readTimeout' must be greater than zero, got PT0S");
    }

    @Test
    void formatsSeconds() {
        assertThat(RtspVideoSource.seconds(Duration.ofSeconds(10))).isEqualTo("10s");
        assertThat(RtspVideoSource.seconds(Duration.ofMillis(1500))).isEqualTo("1.5s");
    }
}
