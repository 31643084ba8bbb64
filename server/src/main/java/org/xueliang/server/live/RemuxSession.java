package org.xueliang.server.live;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.console.VideoStreams;
import org.xueliang.ingest.ffmpeg.Fmp4Remuxer;
import org.xueliang.ingest.source.SourceException;

/**
 * One viewer's remux: its thread copies packets until the viewer leaves ({@link #close}) or the
 * source ends, then closes FFmpeg on that same thread and gives its slot back.
 */
final class RemuxSession implements VideoStreams.VideoSession {
    private static final Logger LOG = LoggerFactory.getLogger(RemuxSession.class);

    private final String channelId;
    private final Fmp4Remuxer remuxer;
    private final Fmp4Remuxer.Track track;
    private final Consumer<String> released;
    private final ThreadFactory threads;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean finished = new AtomicBoolean();
    private volatile boolean stopped;

    RemuxSession(String channelId, Fmp4Remuxer remuxer, Fmp4Remuxer.Track track, Consumer<String> released,
                 ThreadFactory threads) {
        this.channelId = channelId;
        this.remuxer = remuxer;
        this.track = track;
        this.released = released;
        this.threads = threads;
    }

    @Override
    public String mime() {
        return track.mime();
    }

    @Override
    public int width() {
        return track.width();
    }

    @Override
    public int height() {
        return track.height();
    }

    @Override
    public double fps() {
        return track.fps();
    }

    @Override
    public void start(VideoStreams.VideoSink sink) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("full-rate view of channel " + channelId + " started twice");
        }
        threads.newThread(() -> run(sink)).start();
    }

    private void run(VideoStreams.VideoSink sink) {
        String reason = null;
        try {
            remuxer.run(new Fmp4Remuxer.Output() {
                @Override
                public void init(byte[] segment) {
                    sink.init(segment);
                }

                @Override
                public void fragment(long seq, long receivedAt, double pts, byte[] data) {
                    sink.fragment(seq, receivedAt, pts, data);
                }
            }, () -> stopped);
        } catch (SourceException e) {
            reason = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reason = "the server is stopping";
        } catch (RuntimeException e) {
            LOG.error("channel {}: full-rate view failed", channelId, e);
            reason = "the server failed; see its log";
        } finally {
            finish();
        }
        if (reason != null && !stopped) {
            sink.ended(reason);
        }
    }

    @Override
    public void close() {
        stopped = true;
        // never started: nothing else will close it, and it may not start any more
        if (started.compareAndSet(false, true)) {
            finish();
        }
    }

    private void finish() {
        if (finished.compareAndSet(false, true)) {
            remuxer.close();
            released.accept(channelId);
        }
    }
}
