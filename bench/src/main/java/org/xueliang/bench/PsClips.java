package org.xueliang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xueliang.ingest.ps.AccessUnit;
import org.xueliang.ingest.ps.PsDemuxer;

/** A bench clip's pictures as a program stream carries them, for the GB28181 benchmarks. */
final class PsClips {
    private PsClips() {
    }

    /**
     * The clip remuxed by the ffmpeg command line into a program stream ({@code -f vob}), made on
     * first use and kept beside the clip.
     */
    static byte[] programStream(Path clip) throws IOException, InterruptedException {
        Path target = clip.resolveSibling(clip.getFileName().toString().replaceFirst("\\.mp4$", "") + ".vob");
        if (!Files.exists(target)) {
            // the MP4 holds length-prefixed NAL units; a program stream carries start codes
            Process process = new ProcessBuilder("ffmpeg", "-v", "error", "-y", "-i", clip.toString(), "-c:v", "copy",
                    "-bsf:v", "h264_mp4toannexb", "-an", "-f", "vob", target.toString()).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IOException("ffmpeg remux to " + target + " failed: " + output);
            }
        }
        return Files.readAllBytes(target);
    }

    /** Every picture of a program stream, in stream (decoding) order, with its PTS. */
    static List<AccessUnit> demuxAll(byte[] stream) {
        List<AccessUnit> units = new ArrayList<>();
        PsDemuxer demuxer = new PsDemuxer(units::add);
        demuxer.feed(stream);
        demuxer.flush();
        if (demuxer.errors() != 0 || units.isEmpty()) {
            throw new IllegalStateException("the bench stream demuxed with " + demuxer.errors() + " problems into "
                    + units.size() + " pictures");
        }
        return units;
    }
}
