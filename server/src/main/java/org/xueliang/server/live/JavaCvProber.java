package org.xueliang.server.live;

import java.time.Duration;
import java.time.Instant;
import org.xueliang.alerts.console.ProbeFailedException;
import org.xueliang.alerts.console.SourceProber;
import org.xueliang.analytics.snapshot.SnapshotAnnotator;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.SourceConfig;
import org.xueliang.ingest.VideoFrame;
import org.xueliang.ingest.source.DecodedPicture;
import org.xueliang.ingest.source.SourceException;
import org.xueliang.ingest.source.StreamInfo;
import org.xueliang.ingest.source.VideoSource;
import org.xueliang.ingest.source.VideoSourceFactory;

/**
 * Probes a source through the same sources ingest uses, so that a probe that succeeds means the
 * channel will too: opens it, reads one picture at {@link #PICTURE_WIDTH} and encodes it.
 * Timeouts are the source's, at most {@link #MAX_TIMEOUT} each.
 */
public final class JavaCvProber implements SourceProber {
    /** Longest connect or read wait of a probe: the integrator is waiting at the form. */
    public static final Duration MAX_TIMEOUT = Duration.ofSeconds(15);
    /** Width of the probe's picture: enough to recognise the scene. */
    static final int PICTURE_WIDTH = 640;

    private final VideoSourceFactory sources;
    private final SnapshotAnnotator jpeg;

    public JavaCvProber(VideoSourceFactory sources, SnapshotAnnotator jpeg) {
        this.sources = sources;
        this.jpeg = jpeg;
    }

    @Override
    public ProbeResult probe(SourceConfig source) {
        try (VideoSource video = sources.create(capped(source), PICTURE_WIDTH)) {
            StreamInfo info = video.open();
            DecodedPicture picture = video.read(true);
            byte[] bytes = jpeg.encode(new VideoFrame("probe", 0, Instant.EPOCH, picture.width(),
                    picture.height(), picture.bgr()));
            return new ProbeResult(info.codec(), info.width(), info.height(), info.frameRate(), bytes);
        } catch (SourceException | IllegalArgumentException e) {
            throw new ProbeFailedException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProbeFailedException("probe interrupted: the server is stopping", e);
        }
    }

    private static SourceConfig capped(SourceConfig source) {
        if (source instanceof RtspSourceConfig rtsp) {
            return new RtspSourceConfig(rtsp.url(), rtsp.transport(), min(rtsp.connectTimeout()),
                    min(rtsp.readTimeout()));
        }
        return source;
    }

    private static Duration min(Duration timeout) {
        return timeout.compareTo(MAX_TIMEOUT) > 0 ? MAX_TIMEOUT : timeout;
    }
}
