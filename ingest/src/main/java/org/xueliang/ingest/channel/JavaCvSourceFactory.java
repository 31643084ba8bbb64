package org.xueliang.ingest.channel;

import java.util.Objects;
import java.util.Optional;
import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.Gb28181SourceConfig;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.SourceConfig;
import org.xueliang.ingest.ffmpeg.FfmpegRuntime;
import org.xueliang.ingest.file.FileVideoSource;
import org.xueliang.ingest.gb.Gb28181Media;
import org.xueliang.ingest.gb.Gb28181VideoSource;
import org.xueliang.ingest.rtsp.RtspVideoSource;
import org.xueliang.ingest.source.VideoSource;
import org.xueliang.ingest.source.VideoSourceFactory;

/** Maps each kind of {@link SourceConfig} to its JavaCV/FFmpeg source. */
public final class JavaCvSourceFactory implements VideoSourceFactory {
    private final Optional<Gb28181Media> gb28181;

    /** File and RTSP sources only: GB28181 channels fail with a reason. */
    public JavaCvSourceFactory() {
        this(Optional.empty());
    }

    /**
     * Loads FFmpeg now, on the wiring thread, so that a missing native library fails start-up
     * rather than every channel.
     *
     * @param gb28181 the shared GB28181 media set-up when the SIP gateway runs
     */
    public JavaCvSourceFactory(Optional<Gb28181Media> gb28181) {
        this.gb28181 = Objects.requireNonNull(gb28181, "gb28181");
        FfmpegRuntime.load();
    }

    @Override
    public VideoSource create(SourceConfig config, int analysisWidth) {
        if (config instanceof FileSourceConfig file) {
            return new FileVideoSource(file, analysisWidth);
        }
        if (config instanceof RtspSourceConfig rtsp) {
            return new RtspVideoSource(rtsp, analysisWidth);
        }
        if (config instanceof Gb28181SourceConfig gb) {
            Gb28181Media media = gb28181.orElseThrow(() -> new IllegalArgumentException(
                    "GB28181 sources need the SIP gateway (sip.enabled: true)"));
            return new Gb28181VideoSource(gb, analysisWidth, media);
        }
        throw new IllegalArgumentException("no video source for " + config.describe());
    }
}
