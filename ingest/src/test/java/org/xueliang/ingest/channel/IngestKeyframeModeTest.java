package org.xueliang.ingest.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.xueliang.ingest.Await;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.SamplingConfig;
import org.xueliang.ingest.VideoFrame;
import org.xueliang.ingest.DecodeMode;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.StreamInfo;
import org.xueliang.ingest.source.VideoSource;

/** The channel's side of keyframe-only decoding, on a scripted 25 fps stream with a chosen GOP. */
class IngestKeyframeModeTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final long FRAME_MICROS = 40_000;

    private final List<DecodeMode> modesAsked = new CopyOnWriteArrayList<>();
    private IngestChannel channel;

    @AfterEach
    void stop() {
        if (channel != null) {
            channel.stop();
        }
    }

    @Test
    void keyframeModeAnalysesEveryKeyframeAndTheSwitchBackSamplesAgain() throws Exception {
        start(50);
        List<VideoFrame> frames = take(10);
        assertThat(gaps(frames)).as("5 fps of a 25 fps stream").allMatch(gap -> gap == 200_000);

        channel.setDecodeMode(DecodeMode.KEYFRAMES);
        Await.until(WAIT, () -> channel.health().decoding() == DecodeMode.KEYFRAMES, () -> "keyframe mode");
        drain();
        List<VideoFrame> keyframes = take(4);
        assertThat(gaps(keyframes)).as("one frame per keyframe, 2 s apart").allMatch(gap -> gap == 2_000_000);

        channel.setDecodeMode(DecodeMode.ALL);
        Await.until(WAIT, () -> channel.health().decoding() == DecodeMode.ALL, () -> "back to every picture");
        drain();
        assertThat(gaps(take(10))).allMatch(gap -> gap == 200_000);
        assertThat(modesAsked).containsSubsequence(DecodeMode.KEYFRAMES, DecodeMode.ALL);
    }

    @ParameterizedTest
    @ValueSource(ints = {125, 250})
    void keyframesTooFarApartKeepEveryPictureDecoded(int gop) throws Exception {
        start(gop);
        take(2);
        channel.setDecodeMode(DecodeMode.KEYFRAMES);
        Await.until(WAIT, () -> modesAsked.lastIndexOf(DecodeMode.ALL) > modesAsked.indexOf(DecodeMode.KEYFRAMES)
                && modesAsked.contains(DecodeMode.KEYFRAMES), () -> "asked back to every picture: " + modesAsked);
        drain();
        assertThat(gaps(take(10))).as("5 fps again").allMatch(gap -> gap == 200_000);
        assertThat(channel.health().decoding()).isEqualTo(DecodeMode.ALL);
    }

    private void start(int gop) {
        IngestRuntime runtime = new IngestRuntime((config, width) -> new GopSource(gop), Clock.systemUTC(),
                new Random(1), Sleeper.system());
        channel = new IngestChannel(new ChannelSettings("cam", new FileSourceConfig(Path.of("x.mp4"), true),
                new SamplingConfig(5, 16), 1024, ReconnectPolicy.DEFAULT), runtime);
        channel.start();
    }

    private List<VideoFrame> take(int count) throws InterruptedException {
        List<VideoFrame> frames = new ArrayList<>();
        while (frames.size() < count) {
            VideoFrame frame = channel.frames().poll(WAIT);
            assertThat(frame).as("frame %d of %d", frames.size() + 1, count).isNotNull();
            frames.add(frame);
        }
        return frames;
    }

    private void drain() throws InterruptedException {
        while (channel.frames().poll(Duration.ZERO) != null) {
            // frames of the mode before
        }
    }

    /** Gaps between the frames' stream times, carried in the first pixel row by the source. */
    private static List<Long> gaps(List<VideoFrame> frames) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < frames.size(); i++) {
            gaps.add(streamMicros(frames.get(i)) - streamMicros(frames.get(i - 1)));
        }
        return gaps;
    }

    private static long streamMicros(VideoFrame frame) {
        long micros = 0;
        for (int i = 0; i < 8; i++) {
            micros = micros << 8 | (frame.bgr()[i] & 0xFF);
        }
        return micros;
    }

    /** 25 fps with a keyframe every {@code gop} pictures, about 40 times real time. */
    private final class GopSource implements VideoSource {
        private final int gop;
        private volatile DecodeMode mode = DecodeMode.ALL;
        private long next;

        GopSource(int gop) {
            this.gop = gop;
        }

        @Override
        public StreamInfo open() {
            return new StreamInfo("h264", 704, 576, 25);
        }

        @Override
        public DecodedPicture read(boolean convert) throws InterruptedException {
            if (mode == DecodeMode.KEYFRAMES && next % gop != 0) {
                next += gop - next % gop;
            }
            long micros = next++ * FRAME_MICROS;
            Thread.sleep(1);
            if (!convert) {
                return DecodedPicture.skipped(micros);
            }
            byte[] bgr = new byte[16 * 8 * 3];
            for (int i = 0; i < 8; i++) {
                bgr[i] = (byte) (micros >>> (56 - 8 * i));
            }
            return DecodedPicture.converted(micros, 16, 8, bgr);
        }

        @Override
        public boolean setDecodeMode(DecodeMode mode) {
            modesAsked.add(mode);
            this.mode = mode;
            return true;
        }

        @Override
        public void close() {
        }
    }
}
