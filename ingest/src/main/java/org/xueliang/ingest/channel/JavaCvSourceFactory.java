package org.xueliang.ingest.channel;

import org.xueliang.ingest.FileSourceConfig;
import org.xueliang.ingest.RtspSourceConfig;
import org.xueliang.ingest.SourceConfig;
import org.xueliang.ingest.ffmpeg.FfmpegRuntime;
import org.xueliang.ingest.file.FileVideoSource;
import org.xueliang.ingest.rtsp.RtspVideoSource;
import org.xueliang.ingest.source.VideoSource;
import org.xueliang.ingest.source.VideoSourceFactory;

/** Maps each kind of {@link SourceConfig} to its JavaCV/FFmpeg source. */
public final class JavaCvSourceFactory implements VideoSourceFactory {

    /**
     * Loads FFmpeg now, on the wiring thread, so that a missing native library fails start-up
     * rather than every channel.
     */
    public JavaCvSourceFactory() {
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
        throw new IllegalArgumentException("no video source for " + config.describe());
    }
}
