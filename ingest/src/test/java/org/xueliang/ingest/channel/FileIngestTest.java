package org.xueliang.ingest.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xueliang.ingest.Await;
import org.xueliang.ingest.ChannelHealth;
import org.xueliang.ingest.ChannelState;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.Footage;
import org.xueliang.ingest.SamplingConfig;
import org.xueliang.ingest.VideoFrame;

/** Channels on real files through JavaCV. */
class FileIngestTest {
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
    void deliversFramesAtTheAnalysisSizeAndRate() throws InterruptedException {
        channel = start(Footage.vtest(), new SamplingConfig(5, 640));

        List<VideoFrame> frames = new ArrayList<>();
        while (frames.size() < 8) {
            VideoFrame frame = channel.frames().poll(Duration.ofSeconds(5));
            assertThat(frame).as("frame %d, health %s", frames.size(), channel.health()).isNotNull();
            frames.add(frame);
        }

        assertThat(frames).allSatisfy(frame -> {
            assertThat(frame.width()).isEqualTo(640);
            assertThat(frame.height()).isEqualTo(480);
            assertThat(frame.bgr()).hasSize(640 * 480 * 3);
        });
        assertThat(frames).extracting(VideoFrame::sequence).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);
        for (int i = 1; i < frames.size(); i++) {
            assertThat(frames.get(i).captureTime()).isAfter(frames.get(i - 1).captureTime());
        }
        // 10 fps file sampled at 5 fps: 200 ms apart in capture time, paced in real time
        double seconds = Duration.between(frames.get(0).captureTime(), frames.get(7).captureTime()).toMillis() / 1000.0;
        assertThat(7 / seconds).isBetween(4.0, 6.0);
        ChannelHealth health = channel.health();
        assertThat(health.state()).isEqualTo(ChannelState.ONLINE);
        assertThat(health.codec()).isEqualTo("msmpeg4");
        assertThat(health.width()).isEqualTo(768);
        assertThat(health.height()).isEqualTo(576);
        assertThat(health.inputFps()).isBetween(6.0, 12.0);
        assertThat(health.analysedFps()).isBetween(3.0, 6.0);
        assertThat(health.lastFrameTime()).isAfterOrEqualTo(frames.get(7).captureTime());
    }

    @Test
    void truncatedFileGoesOfflineWithAReasonAndStopsPromptly() throws Exception {
        channel = start(Footage.truncated(), new SamplingConfig(5, 320));

        Await.until(Duration.ofSeconds(5), () -> channel.health().state() == ChannelState.OFFLINE,
                () -> "health " + channel.health());

        assertThat(channel.health().reason()).startsWith("file ended early at 0.5 s of 2.0 s")
                .endsWith("(file " + Footage.truncated() + ")");
        assertStopsPromptly();
    }

    @Test
    void garbageFileReconnectsWithAReasonAndStopsPromptly() throws Exception {
        Path garbage = Footage.garbage();
        channel = start(garbage, new SamplingConfig(5, 320));

        Await.until(Duration.ofSeconds(5), () -> channel.health().state() == ChannelState.RECONNECTING,
                () -> "health " + channel.health());

        assertThat(channel.health().reason())
                .isEqualTo("could not open: Invalid data found when processing input (file " + garbage + ")");
        assertThat(channel.health().codec()).isNull();
        assertStopsPromptly();
    }

    private void assertStopsPromptly() {
        long start = System.nanoTime();
        channel.stop();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(channel.health().state()).isEqualTo(ChannelState.OFFLINE);
        assertThat(channel.health().reason()).isEqualTo("stopped");
    }

    private IngestChannel start(Path file, SamplingConfig sampling) {
        IngestChannel created = new IngestChannel(new ChannelSettings("file-1", new FileSourceConfig(file, false),
                sampling, 16, new ReconnectPolicy(Duration.ofMillis(200), Duration.ofSeconds(2), 0.1)), runtime);
        created.start();
        return created;
    }
}
