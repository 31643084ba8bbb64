package org.xueliang.simulator.media;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the simulated cameras encode: the ffmpeg executable, the file to loop (empty: ffmpeg's
 * testsrc2 pattern), codec, frame rate and keyframe interval in frames.
 */
public record VideoSettings(String ffmpeg, Optional<Path> video, VideoCodec codec, int fps, int gop) {

    public VideoSettings {
        if (fps < 1 || fps > 60) {
            throw new IllegalArgumentException("fps must be 1..60, got " + fps);
        }
        if (gop < 1) {
            throw new IllegalArgumentException("gop must be at least 1 frame, got " + gop);
        }
    }
}
