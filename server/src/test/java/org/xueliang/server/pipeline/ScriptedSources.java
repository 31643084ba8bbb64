package org.xueliang.server.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.xueliang.ingest.SourceConfig;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.StreamInfo;
import org.xueliang.ingest.source.VideoSource;
import org.xueliang.ingest.source.VideoSourceFactory;

/**
 * Sources of synthetic video that the test paces: each picture needs a permit, and every picture
 * advances the shared clock by one frame interval, so capture times are those of a 5 fps camera
 * whatever the machine's speed. The picture is a grey, textured scene; from frame
 * {@link #WALKER_FROM} on, a bright walker moves down through the middle of it, crossing the
 * horizontal centre line at about frame 28.
 */
final class ScriptedSources implements VideoSourceFactory {
    static final int WIDTH = 320;
    static final int HEIGHT = 240;
    static final int WALKER_FROM = 20;
    static final Duration FRAME_INTERVAL = Duration.ofMillis(200);
    private static final int WALKER_WIDTH = 24;
    private static final int WALKER_HEIGHT = 60;
    private static final int STEP = 6;

    final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T12:00:00Z"));
    private final AtomicInteger created = new AtomicInteger();
    private final Semaphore permits = new Semaphore(0);
    /** The index of the picture each read waits to be allowed, in order. */
    private final BlockingQueue<Integer> waiting = new LinkedBlockingQueue<>();

    /** A clock that only moves when told: by the sources, one frame interval a picture, or by the test. */
    static final class ManualClock extends Clock {
        private final AtomicReference<Instant> now;

        ManualClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration step) {
            now.updateAndGet(t -> t.plus(step));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the test clock is UTC only");
        }
    }

    @Override
    public VideoSource create(SourceConfig config, int analysisWidth) {
        created.incrementAndGet();
        return new Source();
    }

    /** Sessions opened so far: a restarted channel opens a new one. */
    int sessions() {
        return created.get();
    }

    /** Lets {@code count} more pictures through. */
    void allow(int count) {
        permits.release(count);
    }

    /**
     * Waits until a source asks for picture {@code index}: all pictures before it have been
     * analysed by then, as the test analyses on the ingest thread.
     */
    void awaitWaitingFor(int index) throws InterruptedException {
        while (true) {
            Integer next = waiting.poll(30, TimeUnit.SECONDS);
            if (next == null) {
                throw new AssertionError("no source asked for picture " + index + " within 30 s");
            }
            if (next == index) {
                return;
            }
        }
    }

    private final class Source implements VideoSource {
        private int index;

        @Override
        public StreamInfo open() {
            return new StreamInfo("synthetic", WIDTH, HEIGHT, 5);
        }

        @Override
        public DecodedPicture read(boolean convert) throws InterruptedException {
            waiting.add(index);
            permits.acquire();
            clock.advance(FRAME_INTERVAL);
            long micros = index * FRAME_INTERVAL.toNanos() / 1000;
            byte[] bgr = picture(index++);
            return convert ? DecodedPicture.converted(micros, WIDTH, HEIGHT, bgr) : DecodedPicture.skipped(micros);
        }

        @Override
        public void close() {
        }
    }

    static byte[] picture(int index) {
        byte[] bgr = new byte[WIDTH * HEIGHT * 3];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                // paving stones: texture, so that the scene is not flat
                int grey = ((x / 16 + y / 16) % 2 == 0) ? 80 : 110;
                fill(bgr, x, y, grey);
            }
        }
        if (index >= WALKER_FROM) {
            int top = 10 + (index - WALKER_FROM) * STEP;
            int left = (WIDTH - WALKER_WIDTH) / 2;
            for (int y = Math.max(0, top); y < Math.min(HEIGHT, top + WALKER_HEIGHT); y++) {
                for (int x = left; x < left + WALKER_WIDTH; x++) {
                    fill(bgr, x, y, 235);
                }
            }
        }
        return bgr;
    }

    private static void fill(byte[] bgr, int x, int y, int grey) {
        int i = (y * WIDTH + x) * 3;
        bgr[i] = (byte) grey;
        bgr[i + 1] = (byte) grey;
        bgr[i + 2] = (byte) grey;
    }
}
