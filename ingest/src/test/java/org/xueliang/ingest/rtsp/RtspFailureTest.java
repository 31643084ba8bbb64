package org.xueliang.ingest.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xueliang.ingest.Await;
import org.xueliang.ingest.ChannelState;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.RtspTransport;
import org.xueliang.ingest.SamplingConfig;
import org.xueliang.ingest.channel.ChannelSettings;
import org.xueliang.ingest.channel.IngestChannel;
import org.xueliang.ingest.channel.IngestRuntime;
import org.xueliang.ingest.channel.ReconnectPolicy;

/** RTSP channels that cannot get a stream fail fast with a clear, password-free reason. */
class RtspFailureTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static IngestRuntime runtime;
    private IngestChannel channel;

    @BeforeAll
    static void loadFfmpeg() {
        runtime = IngestRuntime.system(Clock.systemUTC());
    }

    @AfterEach
    void stopChannel() {
        if (channel != null) {
            channel.stop();
        }
    }

    @Test
    void closedPortIsReportedWithMaskedPassword() throws IOException {
        int port = closedPort();
        String url = "rtsp://admin:s3cret@127.0.0.1:" + port + "/cam";
        long start = System.nanoTime();
        channel = start(url, RtspTransport.TCP);

        awaitReconnecting(TIMEOUT.plusSeconds(2));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.plusMillis(500));
        assertThat(channel.health().reason())
                .isEqualTo("connect failed: Connection refused (rtsp://admin:***@127.0.0.1:" + port + "/cam)")
                .doesNotContain("s3cret");
    }

    @Test
    void garbageUrlIsReported() {
        channel = start("rtsp://%%%garbage/x", RtspTransport.UDP);

        awaitReconnecting(TIMEOUT.plusSeconds(2));

        assertThat(channel.health().reason()).isEqualTo("invalid url: bad host '%%%garbage' in rtsp://%%%garbage/x");
    }

    @Test
    void silentServerTimesOutThroughTheFfmpegSocketTimeout() throws IOException {
        // accepts connections (kernel backlog) but never answers OPTIONS: only FFmpeg's timeout ends the wait
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String url = "rtsp://viewer:pw@127.0.0.1:" + silent.getLocalPort() + "/cam";
            long start = System.nanoTime();
            channel = start(url, RtspTransport.TCP);

            awaitReconnecting(Duration.ofSeconds(6));

            // JavaCV opens twice before giving up, each bounded by the timeout
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.multipliedBy(2).plusSeconds(1));
            assertThat(channel.health().reason()).isEqualTo("no RTSP answer within 1s (rtsp://viewer:***@127.0.0.1:"
                    + silent.getLocalPort() + "/cam)");
            long stopStart = System.nanoTime();
            channel.stop();
            assertThat(Duration.ofNanos(System.nanoTime() - stopStart)).isLessThan(TIMEOUT.multipliedBy(2).plusSeconds(1));
        }
    }

    private void awaitReconnecting(Duration timeout) {
        Await.until(timeout, () -> channel.health().state() == ChannelState.RECONNECTING,
                () -> "health " + channel.health());
    }

    private IngestChannel start(String url, RtspTransport transport) {
        IngestChannel created = new IngestChannel(new ChannelSettings("cam-1",
                new RtspSourceConfig(url, transport, TIMEOUT, TIMEOUT), new SamplingConfig(5, 320), 4,
                new ReconnectPolicy(Duration.ofSeconds(30), Duration.ofSeconds(30), 0)), runtime);
        created.start();
        return created;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
