package org.xueliang.ingest.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xueliang.ingest.Await;
import org.xueliang.ingest.ChannelHealth;
import org.xueliang.ingest.ChannelState;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.SamplingConfig;
import org.xueliang.ingest.VideoFrame;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.ingest.source.StreamInfo;
import org.xueliang.ingest.source.VideoSource;

/** The channel's life cycle with scripted sources: no native code, no real waiting. */
class IngestChannelTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final StreamInfo STREAM = new StreamInfo("h264", 1920, 1080, 10);
    private static final ReconnectPolicy POLICY = new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(5), 0.2);
    /** Always draws 0.5, so every delay is 90 % of its base. */
    private static final RandomGenerator HALF = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public double nextDouble() {
            return 0.5;
        }
    };

    private final Queue<Session> script = new ConcurrentLinkedQueue<>();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final List<Integer> openedWidths = new CopyOnWriteArrayList<>();
    private final AtomicLong clockMillis = new AtomicLong(1_700_000_000_000L);
    private IngestChannel channel;

    @AfterEach
    void stopChannel() {
        if (channel != null) {
            channel.stop();
        }
    }

    @Test
    void backsOffExponentiallyAndResetsAfterASessionWithFrames() {
        for (int i = 0; i < 4; i++) {
            script.add(Session.failingOpen("connect failed: Connection refused (rtsp://cam:***@10.0.0.5:554/x)"));
        }
        script.add(Session.pictures(3, "no data for 10s (rtsp://cam:***@10.0.0.5:554/x)"));
        script.add(Session.failingOpen("connect failed: Connection refused (rtsp://cam:***@10.0.0.5:554/x)"));
        channel = start(10, 4);

        Await.until(WAIT, () -> sleeps.size() == 6 && script.isEmpty(), () -> "sleeps " + sleeps);

        assertThat(sleeps).containsExactly(ms(900), ms(1800), ms(3600), ms(4500), ms(900), ms(1800));
        ChannelHealth health = channel.health();
        assertThat(health.state()).isEqualTo(ChannelState.RECONNECTING);
        assertThat(health.reason()).isEqualTo("connect failed: Connection refused (rtsp://cam:***@10.0.0.5:554/x)");
        // six failures, five attempts after them so far: the sixth wait is still going on
        assertThat(health.reconnects()).isEqualTo(5);
    }

    @Test
    void deliversSampledFramesStampedByTheClock() throws InterruptedException {
        script.add(Session.pictures(6, "end of file (file x.avi)"));
        channel = start(5, 8);

        Await.until(WAIT, () -> !sleeps.isEmpty(), () -> "health " + channel.health());

        List<VideoFrame> frames = new ArrayList<>();
        for (VideoFrame f = channel.frames().poll(Duration.ZERO); f != null; f = channel.frames().poll(Duration.ZERO)) {
            frames.add(f);
        }
        // 10 fps in, 5 fps out: pictures 0, 2 and 4; the fake clock advances 40 ms per reading
        assertThat(frames).extracting(VideoFrame::sequence).containsExactly(0L, 1L, 2L);
        assertThat(frames).extracting(VideoFrame::captureTime).containsExactly(
                Instant.ofEpochMilli(1_700_000_000_040L), Instant.ofEpochMilli(1_700_000_000_120L),
                Instant.ofEpochMilli(1_700_000_000_200L));
        assertThat(frames).allSatisfy(f -> {
            assertThat(f.channelId()).isEqualTo("cam-1");
            assertThat(f.width()).isEqualTo(16);
            assertThat(f.height()).isEqualTo(8);
        });
        assertThat(openedWidths).containsExactly(16);
        ChannelHealth health = channel.health();
        assertThat(health.reason()).isEqualTo("end of file (file x.avi)");
        assertThat(health.codec()).isEqualTo("h264");
        assertThat(health.width()).isEqualTo(1920);
        assertThat(health.height()).isEqualTo(1080);
        assertThat(health.lastFrameTime()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_200L));
        assertThat(health.analysedFps()).isGreaterThan(0);
        assertThat(health.inputFps()).isGreaterThan(0);
    }

    @Test
    void reportsOnlineWhilePicturesArrive() {
        script.add(Session.endless());
        channel = start(5, 2);

        Await.until(WAIT, () -> channel.health().state() == ChannelState.ONLINE, () -> "health " + channel.health());

        assertThat(channel.health().reason()).isNull();
        Await.until(WAIT, () -> channel.health().droppedFrames() > 0, () -> "health " + channel.health());
    }

    @Test
    void unexpectedSourceErrorsBecomeAReasonAndARetry() {
        script.add(Session.throwingOnRead(new IllegalStateException("bug in a source")));
        channel = start(5, 2);

        Await.until(WAIT, () -> !sleeps.isEmpty(), () -> "health " + channel.health());

        assertThat(channel.health().reason()).isEqualTo("internal error: java.lang.IllegalStateException: bug in a source");
        assertThat(channel.health().state()).isEqualTo(ChannelState.RECONNECTING);
    }

    @Test
    void sourceTheFactoryRejectsIsAnInvalidConfiguration() {
        IngestRuntime rejecting = new IngestRuntime((config, width) -> {
            throw new IllegalArgumentException("'readTimeout' must be greater than zero, got PT0S");
        }, Clock.systemUTC(), HALF, duration -> sleeps.add(duration));
        channel = new IngestChannel(ChannelSettings.of("cam-1", new FileSourceConfig(Path.of("x.avi"), false),
                new SamplingConfig(5, 16)), rejecting);
        channel.start();

        Await.until(WAIT, () -> !sleeps.isEmpty(), () -> "health " + channel.health());

        assertThat(channel.health().reason())
                .isEqualTo("invalid configuration: 'readTimeout' must be greater than zero, got PT0S");
    }

    @Test
    void stopEndsAWaitPromptlyAndIsIdempotent() {
        script.add(Session.failingOpen("end of file (file x.avi)"));
        IngestRuntime realSleep = new IngestRuntime(this::create, Clock.systemUTC(), HALF, Sleeper.system());
        channel = new IngestChannel(new ChannelSettings("cam-1", new FileSourceConfig(Path.of("x.avi"), false),
                new SamplingConfig(5, 16), 2, new ReconnectPolicy(Duration.ofHours(1), Duration.ofHours(1), 0)),
                realSleep);
        channel.start();
        Await.until(WAIT, () -> channel.health().state() == ChannelState.RECONNECTING, () -> "" + channel.health());

        long start = System.nanoTime();
        channel.stop();
        channel.stop();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(channel.health().state()).isEqualTo(ChannelState.OFFLINE);
        assertThat(channel.health().reason()).isEqualTo("stopped");
        assertThatThrownBy(channel::start).isInstanceOf(IllegalStateException.class)
                .hasMessage("channel cam-1 was already stopped; create a new channel");
    }

    @Test
    void startsInStartingState() {
        script.add(Session.blockingOpen());
        channel = start(5, 2);

        assertThat(channel.health().state()).isEqualTo(ChannelState.STARTING);
        assertThat(channel.health().codec()).isNull();
        assertThatThrownBy(channel::start).hasMessage("channel cam-1 was already started");
    }

    @Test
    void tellsAfterEachQueuedFrameWithTheFrameAlreadyInTheQueue() {
        script.add(Session.pictures(6, "end of file (file x.avi)"));
        List<Integer> queueSizes = new CopyOnWriteArrayList<>();
        channel = start(5, 8, () -> queueSizes.add(channel.frames().size()));

        Await.until(WAIT, () -> !sleeps.isEmpty(), () -> "health " + channel.health());

        // three sampled frames, none taken: the callback sees the queue grow one by one
        assertThat(queueSizes).containsExactly(1, 2, 3);
    }

    @Test
    void aFilePlayedOnceGoesOfflineAtItsEndInsteadOfReplaying() {
        script.add(Session.pictures(6, "end of file (file x.avi)"));
        channel = start(5, 8, () -> { }, false);

        Await.until(WAIT, () -> channel.health().state() == ChannelState.OFFLINE, () -> "health " + channel.health());

        assertThat(channel.health().reason()).isEqualTo("end of file (file x.avi)");
        assertThat(channel.health().reconnects()).isZero();
        assertThat(sleeps).isEmpty();
        assertThat(channel.frames().size()).isEqualTo(3);
    }

    @Test
    void aFailureOfAFilePlayedOnceIsStillRetried() {
        script.add(Session.failingOpen("could not open: Invalid data found when processing input (file x.avi)"));
        channel = start(5, 8, () -> { }, false);

        Await.until(WAIT, () -> !sleeps.isEmpty(), () -> "health " + channel.health());

        assertThat(channel.health().state()).isEqualTo(ChannelState.RECONNECTING);
    }

    private IngestChannel start(double fps, int queueCapacity) {
        return start(fps, queueCapacity, () -> { });
    }

    private IngestChannel start(double fps, int queueCapacity, Runnable frameQueued) {
        return start(fps, queueCapacity, frameQueued, true);
    }

    private IngestChannel start(double fps, int queueCapacity, Runnable frameQueued, boolean loop) {
        Clock clock = new Clock() {
            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(clockMillis.addAndGet(40));
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        Sleeper recording = duration -> {
            sleeps.add(duration);
            if (script.isEmpty()) {
                Thread.sleep(Long.MAX_VALUE);
            }
        };
        IngestChannel created = new IngestChannel(new ChannelSettings("cam-1",
                new FileSourceConfig(Path.of("x.avi"), loop), new SamplingConfig(fps, 16), queueCapacity, POLICY),
                new IngestRuntime(this::create, clock, HALF, recording), frameQueued);
        channel = created;
        created.start();
        return created;
    }

    private VideoSource create(org.xueliang.ingest.SourceConfig config, int width) {
        Session session = script.poll();
        return new FakeSource(session == null ? Session.blockingOpen() : session, width);
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    /** What one scripted session does. */
    private record Session(String openFailure, long pictures, String endReason, RuntimeException readError,
            boolean blockOnOpen) {
        static Session failingOpen(String reason) {
            return new Session(reason, 0, null, null, false);
        }

        static Session pictures(long count, String endReason) {
            return new Session(null, count, endReason, null, false);
        }

        static Session endless() {
            return new Session(null, Long.MAX_VALUE, null, null, false);
        }

        static Session throwingOnRead(RuntimeException error) {
            return new Session(null, 0, null, error, false);
        }

        static Session blockingOpen() {
            return new Session(null, 0, null, null, true);
        }
    }

    private final class FakeSource implements VideoSource {
        private final Session session;
        private long read;

        FakeSource(Session session, int width) {
            this.session = session;
            openedWidths.add(width);
        }

        @Override
        public StreamInfo open() throws SourceException, InterruptedException {
            if (session.blockOnOpen()) {
                Thread.sleep(Long.MAX_VALUE);
            }
            if (session.openFailure() != null) {
                throw SourceException.failed(session.openFailure());
            }
            return STREAM;
        }

        @Override
        public DecodedPicture read(boolean convert) throws SourceException, InterruptedException {
            if (session.readError() != null) {
                throw session.readError();
            }
            if (read == session.pictures()) {
                throw SourceException.ended(session.endReason());
            }
            long timestamp = read++ * 100_000;
            if (session.pictures() == Long.MAX_VALUE) {
                Thread.sleep(1);
            }
            return convert ? DecodedPicture.converted(timestamp, 16, 8, new byte[16 * 8 * 3]) : DecodedPicture.skipped(timestamp);
        }

        @Override
        public void close() {
        }
    }
}
