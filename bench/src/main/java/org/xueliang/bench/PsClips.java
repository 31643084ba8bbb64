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

    /**
     * The clip's pictures in decoding order with their presentation times from the MP4: the ffmpeg
     * command line's program stream leaves most PES headers without a PTS, which a camera would
     * not, and with B-frames the times cannot be guessed from the order.
     */
    static List<AccessUnit> pictures(Path clip) throws IOException, InterruptedException {
        List<AccessUnit> units = demuxAll(programStream(clip));
        List<String> probed = BenchClips.run(List.of("ffprobe", "-v", "error", "-select_streams", "v:0",
                "-show_entries", "stream=time_base:packet=pts", "-of", "csv=p=0", clip.toString()))
                .lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
        // one PTS per packet in decoding order, and the stream's time base (as 1/12800) after them
        String[] timeBase = probed.get(probed.size() - 1).split("/");
        List<String> times = probed.subList(0, probed.size() - 1);
        if (timeBase.length != 2 || times.size() != units.size()) {
            throw new IllegalStateException("ffprobe gave time base " + probed.get(probed.size() - 1) + " and "
                    + times.size()
                    + " packet times for " + units.size() + " pictures of " + clip);
        }
        long numerator = Long.parseLong(timeBase[0]);
        long denominator = Long.parseLong(timeBase[1]);
        List<AccessUnit> timed = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            AccessUnit unit = units.get(i);
            long pts90k = Long.parseLong(times.get(i)) * numerator * 90_000 / denominator;
            timed.add(new AccessUnit(unit.codec(), unit.annexB(), pts90k, unit.keyframe()));
        }
        return timed;
    }

    /** Every picture of a program stream, in stream (decoding) order, with its PTS where the stream gave one. */
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
