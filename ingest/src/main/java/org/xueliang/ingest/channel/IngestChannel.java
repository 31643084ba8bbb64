package org.xueliang.ingest.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.ingest.ChannelHealth;
import org.xueliang.ingest.ChannelState;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.VideoFrame;
import org.xueliang.ingest.sampling.FrameSampler;
import org.xueliang.ingest.DecodeMode;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.ingest.source.StreamInfo;
import org.xueliang.ingest.source.VideoSource;

/**
 * One camera channel's ingest: a thread that opens the source, decodes it, hands sampled frames to
 * the channel's {@link FrameQueue}, and reconnects with back-off when the source fails or ends.
 *
 * <p>States: {@code STARTING} until the first picture, {@code ONLINE} while pictures arrive,
 * {@code RECONNECTING} with the reason after a failure or the end of the input (it never gives up),
 * {@code OFFLINE} "stopped" after {@link #stop()}. Thread-safe.
 */
public final class IngestChannel {
    private static final Logger LOG = LoggerFactory.getLogger(IngestChannel.class);
    private static final Duration RATE_WINDOW = Duration.ofSeconds(5);
    /** Native reads are bounded by the source's timeouts; this only guards against a wedged library. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(60);
    /**
     * Keyframes further apart than this make keyframe-only decoding too slow to notice motion (and
     * the pause between frames would look like a lost signal): such a stream is decoded in full.
     */
    static final long MAX_KEYFRAME_INTERVAL_MICROS = 4_000_000;

    private final ChannelSettings settings;
    private final IngestRuntime runtime;
    private final RateMeter inputRate;
    private final RateMeter analysedRate;
    private final FrameQueue queue;
    private final Runnable frameQueued;
    private final AtomicLong reconnects = new AtomicLong();
    private final Object lock = new Object();
    private Thread worker;
    private boolean stopRequested;
    private Status status = new Status(ChannelState.STARTING, null, null);
    private volatile Instant lastFrameTime;
    private volatile DecodeMode wantedMode = DecodeMode.ALL;
    private volatile DecodeMode decodeMode = DecodeMode.ALL;
    private volatile VideoSource currentSource;

    /** State, reason and stream parameters change together. */
    private record Status(ChannelState state, String reason, StreamInfo stream) {
    }

    /**
     * How a session ended: its reason, whether it decoded anything, and whether the input is over
     * for good (a file played once), so that trying again would only replay it.
     */
    private record SessionEnd(String reason, boolean decodedPictures, boolean finished) {
        SessionEnd(String reason, boolean decodedPictures) {
            this(reason, decodedPictures, false);
        }
    }

    /** Pictures decoded and frames delivered in the current session. */
    private static final class SessionCounters {
        private long decoded;
        private long delivered;
    }

    /**
     * @param settings what to read and how
     * @param runtime  source factory, clock, randomness and sleeper
     */
    public IngestChannel(ChannelSettings settings, IngestRuntime runtime) {
        this(settings, runtime, () -> { });
    }

    /**
     * @param settings    what to read and how
     * @param runtime     source factory, clock, randomness and sleeper
     * @param frameQueued called on the ingest thread after each frame is queued, so that analysis
     *                    can be scheduled without a thread waiting on every channel; must not block
     */
    public IngestChannel(ChannelSettings settings, IngestRuntime runtime, Runnable frameQueued) {
        this.settings = settings;
        this.frameQueued = frameQueued;
        this.runtime = runtime;
        this.inputRate = new RateMeter(RATE_WINDOW, System::nanoTime);
        this.analysedRate = new RateMeter(RATE_WINDOW, System::nanoTime);
        this.queue = new FrameQueue(settings.queueCapacity(), analysedRate::record);
    }

    /** The channel's identifier. */
    public String channelId() {
        return settings.channelId();
    }

    /** The queue analysis threads take this channel's frames from. */
    public FrameQueue frames() {
        return queue;
    }

    /**
     * Starts the ingest thread.
     *
     * @throws IllegalStateException when already started or stopped
     */
    public void start() {
        synchronized (lock) {
            if (worker != null || stopRequested) {
                throw new IllegalStateException("channel " + channelId() + " was already "
                        + (stopRequested ? "stopped; create a new channel" : "started"));
            }
            worker = new Thread(this::run, "ingest-" + channelId());
            worker.setDaemon(true);
            worker.start();
        }
    }

    /**
     * Stops the ingest thread, waits for it to close its source, and leaves the channel
     * {@code OFFLINE} "stopped". Idempotent. A blocked network read ends within the source's read
     * timeout.
     */
    public void stop() {
        Thread thread;
        synchronized (lock) {
            stopRequested = true;
            thread = worker;
        }
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
            awaitEnd(thread);
        }
        synchronized (lock) {
            status = new Status(ChannelState.OFFLINE, "stopped", status.stream());
        }
    }

    /**
     * Asks for every picture to be decoded or keyframes alone, from the next picture on; kept
     * across reconnects. In keyframe mode every keyframe goes to analysis; after the switch back,
     * sampling starts afresh. A source that cannot decode keyframes alone goes on decoding all.
     */
    public void setDecodeMode(DecodeMode mode) {
        wantedMode = mode;
        VideoSource source = currentSource;
        if (source != null) {
            // at once, also while a read waits for the next keyframe
            source.setDecodeMode(mode);
        }
    }

    /** The decode mode in effect on the current session. */
    public DecodeMode decodeMode() {
        return decodeMode;
    }

    /** A snapshot of the channel's health. */
    public ChannelHealth health() {
        Status current;
        synchronized (lock) {
            current = status;
        }
        StreamInfo stream = current.stream();
        return new ChannelHealth(channelId(), current.state(), current.reason(), inputRate.perSecond(),
                analysedRate.perSecond(), queue.droppedFrames(), reconnects.get(), lastFrameTime,
                stream == null ? null : stream.codec(), stream == null ? 0 : stream.width(),
                stream == null ? 0 : stream.height(), decodeMode);
    }

    private void run() {
        int failuresInRow = 0;
        try {
            while (!stopping()) {
                SessionEnd end = runSession();
                if (stopping()) {
                    return;
                }
                if (end.finished()) {
                    setStatus(ChannelState.OFFLINE, end.reason());
                    LOG.info("channel {}: {}; not replayed (loop is off)", channelId(), end.reason());
                    return;
                }
                failuresInRow = end.decodedPictures() ? 1 : failuresInRow + 1;
                Duration delay = settings.reconnect().delay(failuresInRow, runtime.random());
                setStatus(ChannelState.RECONNECTING, end.reason());
                LOG.warn("channel {}: {}; reconnecting in {} ms", channelId(), end.reason(), delay.toMillis());
                runtime.sleeper().sleep(delay);
                reconnects.incrementAndGet();
            }
        } catch (InterruptedException e) {
            LOG.debug("channel {}: interrupted by stop", channelId());
        } catch (RuntimeException | Error e) {
            // only errors outside a session get here (a session catches its own): nothing to retry
            LOG.error("channel {}: ingest thread failed", channelId(), e);
            setStatus(ChannelState.OFFLINE, "internal error: " + e);
            if (e instanceof VirtualMachineError) {
                throw e;
            }
        }
    }

    private SessionEnd runSession() throws InterruptedException {
        VideoSource source;
        try {
            source = runtime.sources().create(settings.source(), settings.sampling().width());
        } catch (IllegalArgumentException e) {
            return new SessionEnd("invalid configuration: " + e.getMessage(), false);
        }
        SessionCounters counters = new SessionCounters();
        try (source) {
            readUntilStopped(source, counters);
            return new SessionEnd("stopped", counters.decoded > 0);
        } catch (SourceException e) {
            LOG.debug("channel {}: session ended", channelId(), e);
            boolean playedOnce = e.isEndOfStream() && settings.source() instanceof FileSourceConfig file && !file.loop();
            return new SessionEnd(e.getMessage(), counters.decoded > 0, playedOnce);
        } catch (RuntimeException e) {
            LOG.error("channel {}: unexpected failure while reading {}", channelId(), settings.source().describe(), e);
            return new SessionEnd("internal error: " + e, counters.decoded > 0);
        } finally {
            currentSource = null;
        }
    }

    private void readUntilStopped(VideoSource source, SessionCounters counters)
            throws SourceException, InterruptedException {
        StreamInfo stream = source.open();
        currentSource = source;
        synchronized (lock) {
            status = new Status(status.state(), status.reason(), stream);
        }
        FrameSampler sampler = new FrameSampler(settings.sampling().fps(), stream.frameRate());
        DecodeMode mode = DecodeMode.ALL;
        decodeMode = mode;
        boolean keyframesRefused = false;
        CatchUp catchUp = null;
        while (!stopping()) {
            DecodeMode wanted = wantedMode;
            if (wanted != mode && !(wanted == DecodeMode.KEYFRAMES && keyframesRefused)) {
                if (source.setDecodeMode(wanted)) {
                    mode = wanted;
                    decodeMode = mode;
                    if (mode == DecodeMode.ALL) {
                        sampler = new FrameSampler(settings.sampling().fps(), stream.frameRate());
                    } else {
                        catchUp = null;
                    }
                } else {
                    keyframesRefused = true;
                    LOG.info("channel {}: the source cannot decode keyframes alone; decoding every picture",
                            channelId());
                }
            }
            boolean keyframesOnly = mode == DecodeMode.KEYFRAMES;
            DecodedPicture picture = source.read(keyframesOnly || sampler.sampleNext());
            Instant now = runtime.clock().instant();
            Instant captureTime = now;
            if (keyframesOnly) {
                if (catchUp != null && picture.timestampMicros() - catchUp.keyframeMicros() > MAX_KEYFRAME_INTERVAL_MICROS) {
                    LOG.info("channel {}: keyframes {} ms apart are too far apart to decode them alone; decoding"
                            + " every picture", channelId(), (picture.timestampMicros() - catchUp.keyframeMicros()) / 1000);
                    keyframesRefused = true;
                    source.setDecodeMode(DecodeMode.ALL);
                    mode = DecodeMode.ALL;
                    decodeMode = mode;
                    sampler = new FrameSampler(settings.sampling().fps(), stream.frameRate());
                }
                catchUp = new CatchUp(picture.timestampMicros(), now);
            } else {
                sampler.decoded(picture.timestampMicros(), picture.isConverted());
                if (catchUp != null) {
                    captureTime = catchUp.captureTime(picture.timestampMicros(), now);
                    if (captureTime.equals(now)) {
                        catchUp = null;
                    }
                }
            }
            inputRate.record();
            if (counters.decoded++ == 0) {
                setStatus(ChannelState.ONLINE, null);
                LOG.info("channel {}: online, {} {}x{} at {} fps", channelId(), stream.codec(), stream.width(),
                        stream.height(), stream.frameRate());
            }
            if (picture.isConverted()) {
                deliver(picture, captureTime, counters.delivered++);
            }
        }
    }

    /**
     * After a switch from keyframes to every picture, the source first decodes the packets it kept
     * since the last keyframe, in a burst: those pictures were taken at the keyframe's arrival plus
     * their distance from it on the stream's time line, not when they came out of the decoder.
     */
    private record CatchUp(long keyframeMicros, Instant keyframeArrival) {
        Instant captureTime(long timestampMicros, Instant now) {
            long offset = timestampMicros - keyframeMicros;
            if (offset < 0) {
                return now;
            }
            Instant taken = keyframeArrival.plusNanos(offset * 1000);
            return taken.isBefore(now) ? taken : now;
        }
    }

    private void deliver(DecodedPicture picture, Instant captureTime, long sequence) {
        // health first: whoever takes the frame may look at health at once
        lastFrameTime = captureTime;
        queue.offer(new VideoFrame(channelId(), sequence, captureTime, picture.width(), picture.height(),
                picture.bgr()));
        frameQueued.run();
    }

    private void setStatus(ChannelState state, String reason) {
        synchronized (lock) {
            // once stopped, a late worker must not report anything else
            if (!stopRequested || state == ChannelState.OFFLINE) {
                status = new Status(state, reason, status.stream());
            }
        }
    }

    private boolean stopping() {
        synchronized (lock) {
            return stopRequested;
        }
    }

    private void awaitEnd(Thread thread) {
        boolean interrupted = false;
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (thread.isAlive() && System.nanoTime() < deadline) {
            try {
                TimeUnit.NANOSECONDS.timedJoin(thread, deadline - System.nanoTime());
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (thread.isAlive()) {
            LOG.warn("channel {}: ingest thread still running {} s after stop", channelId(), STOP_WAIT.toSeconds());
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
