package org.xueliang.ingest.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xueliang.ingest.Await;
import org.xueliang.ingest.ChannelHealth;
import org.xueliang.ingest.ChannelState;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.RtspTransport;
import org.xueliang.ingest.SamplingConfig;
import org.xueliang.ingest.VideoFrame;
import org.xueliang.ingest.channel.ChannelSettings;
import org.xueliang.ingest.channel.IngestChannel;
import org.xueliang.ingest.channel.IngestRuntime;
import org.xueliang.ingest.channel.ReconnectPolicy;

/** RTSP channels against the GStreamer server of samples/rtsp, over TCP and UDP. */
class RtspSourceIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static IngestRuntime runtime;
    private static RtspTestServer server;
    private IngestChannel channel;

    @BeforeAll
    static void startServer() throws Exception {
        runtime = IngestRuntime.system(Clock.systemUTC());
        server = RtspTestServer.start();
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void serverRunning() throws Exception {
        server.signal("CONT");
    }

    @AfterEach
    void stopChannel() {
        if (channel != null) {
            channel.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(RtspTransport.class)
    void readsFramesAtTheAnalysisSize(RtspTransport transport) throws InterruptedException {
        channel = start(transport);

        for (int i = 0; i < 5; i++) {
            VideoFrame frame = channel.frames().poll(WAIT);
            assertThat(frame).as("frame %d over %s, health %s", i, transport, channel.health()).isNotNull();
            assertThat(frame.width()).isEqualTo(320);
            assertThat(frame.height()).isEqualTo(240);
            assertThat(frame.bgr()).hasSize(320 * 240 * 3);
        }
        ChannelHealth health = channel.health();
        assertThat(health.state()).isEqualTo(ChannelState.ONLINE);
        assertThat(health.codec()).isEqualTo("h264");
        assertThat(health.width()).isEqualTo(640);
        assertThat(health.height()).isEqualTo(480);
    }

    @ParameterizedTest
    @EnumSource(RtspTransport.class)
    void frozenServerTimesOutAndRecovers(RtspTransport transport) throws Exception {
        channel = start(transport);
        awaitState(ChannelState.ONLINE);

        server.signal("STOP");
        long frozen = System.nanoTime();
        awaitState(ChannelState.RECONNECTING);

        Duration detection = Duration.ofNanos(System.nanoTime() - frozen);
        assertThat(detection).isBetween(TIMEOUT.minusMillis(300), TIMEOUT.plusSeconds(2));
        assertThat(channel.health().reason()).isEqualTo("no data for 2s (" + server.url() + ")");
        server.signal("CONT");
        awaitState(ChannelState.ONLINE);
        assertThat(channel.frames().poll(WAIT)).isNotNull();
    }

    @Test
    void killedServerIsReconnectedAfterRestartOnTheSamePort() throws Exception {
        channel = start(RtspTransport.TCP);
        awaitState(ChannelState.ONLINE);

        server.kill();
        awaitState(ChannelState.RECONNECTING);
        String reason = channel.health().reason();
        server.restart();
        awaitState(ChannelState.ONLINE);

        assertThat(reason).endsWith("(" + server.url() + ")");
        assertThat(channel.health().reconnects()).isPositive();
        channel.frames().poll(Duration.ZERO);
        assertThat(channel.frames().poll(WAIT)).isNotNull();
    }

    private void awaitState(ChannelState state) {
        Await.until(WAIT, () -> channel.health().state() == state, () -> state + " expected, health " + channel.health());
    }

    private IngestChannel start(RtspTransport transport) {
        IngestChannel created = new IngestChannel(new ChannelSettings("cam-it",
                new RtspSourceConfig(server.url(), transport, TIMEOUT, TIMEOUT), new SamplingConfig(5, 320), 4,
                new ReconnectPolicy(Duration.ofMillis(200), Duration.ofSeconds(1), 0.1)), runtime);
        created.start();
        return created;
    }
}
