package org.xueliang.simulator.media;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One live stream: ffmpeg's Annex-B output, split into frames, each wrapped in a PS pack with a
 * 90 kHz PTS, packetised into RTP and sent at the frame rate. Runs on its own thread until
 * {@link #stop()} (BYE) or a failure, which is reported to {@code onFailure} with the reason.
 */
public final class MediaStream {

    private static final System.Logger LOG = System.getLogger(MediaStream.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final String callId;
    private final String channelId;
    private final MediaEndpoint endpoint;
    private final VideoSettings video;
    private final Consumer<String> onFailure;
    private final Instant startedAt;
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong packets = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private volatile FfmpegEncoder encoder;
    private volatile String destination = "connecting";
    private volatile boolean stopped;

    public MediaStream(String callId, String channelId, MediaEndpoint endpoint, VideoSettings video,
                       Consumer<String> onFailure, Clock clock) {
        this.callId = callId;
        this.channelId = channelId;
        this.endpoint = endpoint;
        this.video = video;
        this.onFailure = onFailure;
        this.startedAt = clock.instant();
    }

    public void start(Executor executor) {
        executor.execute(this::run);
    }

    /**
     * Stops sending: signals ffmpeg and closes the media socket without waiting; the stream's own
     * thread then reaps ffmpeg (SIGKILL if SIGTERM was not enough). Safe to call more than once.
     */
    public void stop() {
        stopped = true;
        FfmpegEncoder running = encoder;
        if (running != null) {
            running.signalStop();
        }
        endpoint.close();
    }

    public boolean isStopped() {
        return stopped;
    }

    public StreamSnapshot snapshot() {
        SdpOffer offer = endpoint.offer();
        return new StreamSnapshot(callId, channelId, offer.ssrc(), offer.transport(), destination, startedAt,
                frames.get(), packets.get(), bytes.get());
    }

    private void run() {
        String failure = null;
        try (RtpSink sink = endpoint.connect(CONNECT_TIMEOUT)) {
            destination = sink.describe();
            encoder = FfmpegEncoder.start(video);
            if (stopped) {
                encoder.signalStop(); // stop() ran before the encoder existed
            }
            LOG.log(Level.INFO, "streaming channel " + channelId + " to " + destination + " (SSRC "
                    + endpoint.offer().ssrc() + ", ffmpeg pid " + encoder.pid() + ")");
            pump(encoder.output(), sink);
            failure = stopped ? null : encoder.describeExit();
        } catch (IOException e) {
            failure = stopped ? null : "stream of channel " + channelId + " to " + destination + " failed: " + e.getMessage();
        } finally {
            FfmpegEncoder running = encoder;
            if (running != null) {
                running.close();
            }
            endpoint.close();
        }
        if (failure != null) {
            stopped = true;
            LOG.log(Level.WARNING, failure);
            onFailure.accept(failure);
        }
    }

    private void pump(InputStream in, RtpSink sink) throws IOException {
        AnnexBSplitter splitter = new AnnexBSplitter(video.codec());
        PsMuxer muxer = new PsMuxer(video.codec());
        RtpPacketizer packetizer = new RtpPacketizer(endpoint.offer().ssrcValue(), endpoint.offer().psPayloadType(),
                RtpPacketizer.DEFAULT_MAX_PAYLOAD, ThreadLocalRandom.current().nextInt(0x10000));
        FramePacer pacer = new FramePacer(video.fps());
        long ptsBase = ThreadLocalRandom.current().nextLong(90_000, 90_000L * 3600);
        byte[] chunk = new byte[64 * 1024];
        int read;
        while (!stopped && (read = in.read(chunk)) > 0) {
            for (AccessUnit unit : splitter.feed(chunk, 0, read)) {
                long pts = ptsBase + frames.get() * 90_000L / video.fps();
                pacer.awaitNextFrame();
                byte[] pack = muxer.mux(unit, pts);
                packets.addAndGet(packetizer.packetize(pack, pts, sink));
                bytes.addAndGet(pack.length);
                frames.incrementAndGet();
            }
        }
    }
}
