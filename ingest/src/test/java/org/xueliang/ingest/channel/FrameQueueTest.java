package org.xueliang.ingest.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.xueliang.ingest.VideoFrame;

class FrameQueueTest {

    @Test
    void dropsOldestWhenFullAndCountsDrops() throws InterruptedException {
        FrameQueue queue = new FrameQueue(3);
        boolean[] dropped = new boolean[5];
        for (int i = 0; i < 5; i++) {
            dropped[i] = queue.offer(frame(i));
        }

        assertThat(dropped).containsExactly(false, false, false, true, true);
        assertThat(queue.droppedFrames()).isEqualTo(2);
        assertThat(queue.size()).isEqualTo(3);
        assertThat(queue.poll(Duration.ZERO).sequence()).isEqualTo(2);
        assertThat(queue.poll(Duration.ZERO).sequence()).isEqualTo(3);
        assertThat(queue.poll(Duration.ZERO).sequence()).isEqualTo(4);
        assertThat(queue.poll(Duration.ZERO)).isNull();
    }

    @Test
    void countsTakenFramesAndReportsEachTake() throws InterruptedException {
        AtomicInteger takes = new AtomicInteger();
        FrameQueue queue = new FrameQueue(2, takes::incrementAndGet);
        queue.offer(frame(0));
        queue.offer(frame(1));

        queue.poll(Duration.ZERO);
        queue.poll(Duration.ZERO);
        queue.poll(Duration.ZERO);

        assertThat(queue.takenFrames()).isEqualTo(2);
        assertThat(takes).hasValue(2);
    }

    @Test
    void pollTimesOutWhenEmpty() throws InterruptedException {
        FrameQueue queue = new FrameQueue(1);
        long start = System.nanoTime();

        VideoFrame frame = queue.poll(50, TimeUnit.MILLISECONDS);

        assertThat(frame).isNull();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(45));
    }

    @Test
    void waitingPollReceivesLaterOffer() throws Exception {
        FrameQueue queue = new FrameQueue(1);
        CompletableFuture<VideoFrame> taken = CompletableFuture.supplyAsync(() -> {
            try {
                return queue.poll(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(20);

        queue.offer(frame(7));

        assertThat(taken.get(5, TimeUnit.SECONDS).sequence()).isEqualTo(7);
    }

    @Test
    void rejectsZeroCapacity() {
        assertThatThrownBy(() -> new FrameQueue(0))
                .hasMessage("frame queue capacity must be at least 1, got 0");
    }

    private static VideoFrame frame(long sequence) {
        return new VideoFrame("cam-1", sequence, Instant.EPOCH.plusMillis(sequence), 2, 2, new byte[12]);
    }
}
