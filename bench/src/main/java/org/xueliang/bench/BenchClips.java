package org.xueliang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test clips made once with the ffmpeg command line from the repository's real footage. */
final class BenchClips {
    private BenchClips() {
    }

    /**
     * An H.264 clip at 25 fps of the demo footage scaled to the given size, 30 s long, GOP 50,
     * made on first use and kept.
     */
    static Path h264(Path repo, Path folder, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path clip = folder.resolve("vtest-" + height + "p25.mp4");
        if (Files.exists(clip)) {
            return clip;
        }
        Path footage = repo.resolve("samples/footage/vtest.avi");
        if (!Files.exists(footage)) {
            throw new IOException("footage not found: " + footage + " (pass the repository root as first argument)");
        }
        run(List.of("ffmpeg", "-v", "error", "-y", "-stream_loop", "-1", "-i", footage.toString(), "-t", "30",
                "-vf", "scale=" + width + ":" + height + ",fps=25", "-c:v", "libx264", "-preset", "veryfast",
                "-g", "50", "-pix_fmt", "yuv420p", "-an", clip.toString()));
        return clip;
    }

    /** Number of video frames, counted by ffprobe. */
    static long frameCount(Path clip) throws IOException, InterruptedException {
        String out = run(List.of("ffprobe", "-v", "error", "-count_packets", "-select_streams", "v:0",
                "-show_entries", "stream=nb_read_packets", "-of", "csv=p=0", clip.toString()));
        return Long.parseLong(out.trim());
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
