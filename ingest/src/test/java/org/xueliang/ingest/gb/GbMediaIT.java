package org.xueliang.ingest.gb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueliang.ingest.Await;
import org.xueliang.ingest.ChannelState;
import org.xueliang.ingest.Gb28181SourceConfig;
import org.xueliang.ingest.MediaTransport;
import org.xueliang.ingest.SamplingConfig;
import org.xueliang.ingest.VideoFrame;
import org.xueliang.ingest.channel.ChannelSettings;
import org.xueliang.ingest.channel.IngestChannel;
import org.xueliang.ingest.channel.IngestRuntime;
import org.xueliang.ingest.channel.JavaCvSourceFactory;
import org.xueliang.ingest.channel.ReconnectPolicy;
import org.xueliang.ingest.channel.Sleeper;
import org.xueliang.ingest.ps.AccessUnit;
import org.xueliang.ingest.ps.PsStreams;
import org.xueliang.ingest.ps.PsStreams.Kind;
import org.xueliang.ingest.rtp.RtpEventLoops;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.ingest.source.StreamInfo;

/**
 * GB28181 media end to end on real loopback sockets: a fake device sends PS over RTP (UDP, and TCP
 * with RFC 4571 framing) once "INVITEd", and the source receives, demuxes and decodes it.
 */
class GbMediaIT {
    private static final String DEVICE = "34020000001320000001";
    private static final String CHANNEL = "34020000001310000001";
    private static final Duration RTP_TIMEOUT = Duration.ofSeconds(1);
    private static RtpEventLoops eventLoops;

    @BeforeAll
    static void startEventLoops() {
        eventLoops = RtpEventLoops.create(1);
    }

    @AfterAll
    static void stopEventLoops() {
        eventLoops.close();
    }

    /** With B-frames the decoder holds back the last pictures before the stream falls silent. */
    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource({"H264_NO_B_VOB, UDP, h264, 0", "H265_VOB, TCP_PASSIVE, hevc, 4"})
    void decodesEveryPictureThenReportsSilence(Kind kind, MediaTransport transport, String codec, int heldBack)
            throws Exception {
        List<AccessUnit> units = PsStreams.demux(PsStreams.bytes(kind), 1400).units();
        FakeDevice device = new FakeDevice(units, 2);
        Gb28181Media media = media(device);
        Gb28181VideoSource source = new Gb28181VideoSource(new Gb28181SourceConfig(DEVICE, CHANNEL, transport), 160,
                media);
        List<DecodedPicture> pictures = new ArrayList<>();
        SourceException silence;
        try (source) {
            StreamInfo info = source.open();
            assertThat(info).isEqualTo(new StreamInfo(codec, 320, 240, 25));
            FakeDevice.Session session = device.sessions().get(0);
            assertThat(session.offer()).isEqualTo(new MediaOffer("127.0.0.1", session.offer().port(), transport, null));
            silence = assertThrows(SourceException.class, () -> {
                while (true) {
                    pictures.add(source.read(pictures.size() % 5 == 0));
                }
            });
            assertThat(session.sender().failure()).isNull();
            assertThat(session.sender().picturesSent()).isEqualTo(2L * units.size());
            RtpStats stats = source.stats();
            assertThat(stats.lost()).as("stats %s", stats).isZero();
            assertThat(stats.psErrors()).isZero();
            assertThat(stats.decodeErrors()).isZero();
            assertThat(stats.wrongSsrc()).isZero();
        }

        assertThat(silence.getMessage()).isEqualTo("no RTP for 1s (device " + DEVICE + " channel " + CHANNEL + ")");
        // the second round starts with the first picture again: a keyframe, decodable at once
        assertThat(pictures.size()).isBetween(2 * units.size() - heldBack, 2 * units.size());
        assertThat(pictures.stream().filter(DecodedPicture::isConverted))
                .hasSize((pictures.size() + 4) / 5)
                .allSatisfy(picture -> assertThat(picture.bgr()).hasSize(160 * 120 * 3));
        assertThat(device.sessions().get(0).byeSent()).isTrue();
        assertThat(media.ports().inUse()).isZero();
    }

    @Test
    void aDeviceThatSendsNothingFailsTheOpenWithinTheTimeout() {
        Gb28181Media media = media((deviceId, channelId, offer) -> new SilentStream());
        try (Gb28181VideoSource source = new Gb28181VideoSource(
                new Gb28181SourceConfig(DEVICE, CHANNEL, MediaTransport.UDP), 160, media)) {
            long start = System.nanoTime();
            SourceException e = assertThrows(SourceException.class, source::open);
            assertThat(e.getMessage()).isEqualTo("no RTP from device " + DEVICE + " channel " + CHANNEL
                    + " within 1s after INVITE");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(RTP_TIMEOUT, Duration.ofSeconds(5));
        }
        assertThat(media.ports().inUse()).isZero();
    }

    @Test
    void packetsOfAnotherSsrcAreDroppedAndNamed() throws Exception {
        List<AccessUnit> units = PsStreams.demux(PsStreams.bytes(Kind.H264_NO_B_VOB), 1400).units();
        FakeDevice device = new FakeDevice(units, 1, 999);
        try (Gb28181VideoSource source = new Gb28181VideoSource(
                new Gb28181SourceConfig(DEVICE, CHANNEL, MediaTransport.UDP), 160, media(device))) {
            SourceException e = assertThrows(SourceException.class, source::open);
            assertThat(e.getMessage()).startsWith("no RTP from device " + DEVICE + " channel " + CHANNEL
                    + " within 1s after INVITE (").endsWith(" packets of SSRC 999 dropped, expected 0100000001)");
            assertThat(source.stats().wrongSsrc()).isPositive();
        }
    }

    @Test
    void aSilentStreamMakesTheChannelReconnectWithByeAndANewInvite() throws Exception {
        List<AccessUnit> units = PsStreams.demux(PsStreams.bytes(Kind.H264_NO_B_VOB), 1400).units();
        FakeDevice device = new FakeDevice(units, 1);
        IngestRuntime runtime = new IngestRuntime(new JavaCvSourceFactory(Optional.of(media(device))),
                Clock.systemUTC(), new Random(1), Sleeper.system());
        ChannelSettings settings = new ChannelSettings("gb-1", new Gb28181SourceConfig(DEVICE, CHANNEL,
                MediaTransport.UDP), new SamplingConfig(5, 160), 64,
                new ReconnectPolicy(Duration.ofMillis(100), Duration.ofMillis(200), 0));
        IngestChannel channel = new IngestChannel(settings, runtime);
        channel.start();
        try {
            VideoFrame frame = channel.frames().poll(Duration.ofSeconds(10));
            assertThat(frame).as("health %s", channel.health()).isNotNull();
            assertThat(frame.width()).isEqualTo(160);
            Await.until(Duration.ofSeconds(10), () -> device.sessions().size() >= 2,
                    () -> "second INVITE, health " + channel.health());
            assertThat(device.sessions().get(0).byeSent()).isTrue();
            assertThat(device.sessions().get(1).offer().port()).isNotEqualTo(device.sessions().get(0).offer().port());
            Await.until(Duration.ofSeconds(10), () -> channel.health().reconnects() >= 1
                    && channel.health().state() == ChannelState.ONLINE, () -> "online again, health " + channel.health());
        } finally {
            channel.stop();
        }
        assertThat(device.sessions()).allSatisfy(session -> assertThat(session.byeSent()).isTrue());
    }

    private static Gb28181Media media(StreamRequester requester) {
        return Gb28181Media.of(requester, new GbMediaSettings("127.0.0.1", 40000, 40019, RTP_TIMEOUT), eventLoops);
    }

    /** A stream the device accepted but never sends. */
    private static final class SilentStream implements LiveStream {
        @Override
        public String ssrc() {
            return FakeDevice.SSRC;
        }

        @Override
        public void close() {
        }
    }
}
