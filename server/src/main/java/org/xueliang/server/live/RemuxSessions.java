package org.xueliang.server.live;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueliang.alerts.channel.ChannelSpec;
import org.xueliang.alerts.console.VideoLimitException;
import org.xueliang.alerts.console.VideoStreams;
import org.xueliang.alerts.console.VideoUnavailableException;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.SourceConfig;
import org.xueliang.ingest.ffmpeg.Fmp4Remuxer;
import org.xueliang.ingest.rtsp.RtspOptions;
import org.xueliang.ingest.source.SourceException;

/**
 * Full-rate views: one {@link Fmp4Remuxer} per viewer, with its own connection to the channel's
 * source and its own thread, at most {@code limit} at a time. A session ends, and releases its
 * connection and slot, when its viewer leaves or its source ends.
 */
public final class RemuxSessions implements VideoStreams {
    /** What a GB28181 or H.265 channel is told. */
    static final String NEEDS_H264 = "full-rate view needs an H.264 RTSP or file channel";

    private static final Logger LOG = LoggerFactory.getLogger(RemuxSessions.class);

    private final int limit;
    private final Semaphore slots;
    private final Clock clock;
    private final ThreadFactory threads;

    /**
     * @param limit   most sessions at a time
     * @param clock   time of the fragments' {@code receivedAt} and of file pacing
     * @param threads makes each session's thread
     */
    public RemuxSessions(int limit, Clock clock, ThreadFactory threads) {
        this.limit = limit;
        this.slots = new Semaphore(limit);
        this.clock = clock;
        this.threads = threads;
    }

    @Override
    public VideoSession open(ChannelSpec spec) {
        Fmp4Remuxer remuxer = remuxer(spec);
        if (!slots.tryAcquire()) {
            remuxer.close();
            throw new VideoLimitException("all " + limit + " full-rate views are in use (http.videoSessions);"
                    + " close one or wait");
        }
        try {
            Fmp4Remuxer.Track track = remuxer.open();
            LOG.info("channel {}: full-rate view opened ({}), {} of {} in use", spec.id(), track.mime(), active(),
                    limit);
            return new RemuxSession(spec.id(), remuxer, track, this::release, threads);
        } catch (SourceException e) {
            remuxer.close();
            slots.release();
            throw new VideoUnavailableException(NEEDS_H264 + ": " + e.getMessage());
        }
    }

    /** Sessions open now. */
    public int active() {
        return limit - slots.availablePermits();
    }

    private void release(String channelId) {
        slots.release();
        LOG.info("channel {}: full-rate view closed, {} of {} in use", channelId, active(), limit);
    }

    private Fmp4Remuxer remuxer(ChannelSpec spec) {
        SourceConfig source = spec.source();
        if (source instanceof FileSourceConfig file) {
            return new Fmp4Remuxer(file.path().toString(), Map.of(), true, file.loop(), "file " + file.path()
                    .getFileName(), clock);
        }
        if (source instanceof RtspSourceConfig rtsp) {
            return new Fmp4Remuxer(rtsp.url(), RtspOptions.forConfig(rtsp), false, false,
                    RtspSourceConfig.maskedUrl(rtsp.url()), clock);
        }
        throw new VideoUnavailableException(NEEDS_H264 + "; channel " + spec.id() + " is " + source.describe());
    }
}
