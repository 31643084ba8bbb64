package org.xueliang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test clips made once with the ffmpeg command line from the repository's real footage. */
final class BenchClips {
    private BenchClips() {
    }

    /**
     * An H.264 clip at 25 fps of the demo footage scaled to the given size, 30 s long, GOP 50,
     * with x264's own number of B-frames for the preset, made on first use and kept.
     */
    static Path h264(Path repo, Path folder, int width, int height) throws IOException, InterruptedException {
        return encode(repo, folder.resolve("vtest-" + height + "p25.mp4"), width, height, List.of());
    }

    /**
     * The same clip with at most {@code bFrames} consecutive B-frames (0: none), made on first use
     * and kept.
     */
    static Path h264(Path repo, Path folder, int width, int height, int bFrames)
            throws IOException, InterruptedException {
        if (bFrames < 0) {
            throw new IllegalArgumentException("B-frames must be 0 or more, got " + bFrames);
        }
        return encode(repo, folder.resolve("vtest-" + height + "p25-bf" + bFrames + ".mp4"), width, height,
                List.of("-bf", Integer.toString(bFrames)));
    }

    private static Path encode(Path repo, Path clip, int width, int height, List<String> x264Options)
            throws IOException, InterruptedException {
        Files.createDirectories(clip.getParent());
        if (Files.exists(clip)) {
            return clip;
        }
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y", "-stream_loop", "-1", "-i",
                footage(repo).toString(), "-t", "30", "-vf", "scale=" + width + ":" + height + ",fps=25",
                "-c:v", "libx264", "-preset", "veryfast", "-g", "50"));
        command.addAll(x264Options);
        command.addAll(List.of("-pix_fmt", "yuv420p", "-an", clip.toString()));
        run(command);
        return clip;
    }

    /** The repository's demo footage. */
    static Path footage(Path repo) throws IOException {
        Path footage = repo.resolve("samples/footage/vtest.avi");
        if (!Files.exists(footage)) {
            throw new IOException("footage not found: " + footage + " (pass the repository root as first argument)");
        }
        return footage;
    }

    /** Number of video frames, counted by ffprobe. */
    static long frameCount(Path clip) throws IOException, InterruptedException {
        String out = run(List.of("ffprobe", "-v", "error", "-count_packets", "-select_streams", "v:0",
                "-show_entries", "stream=nb_read_packets", "-of", "csv=p=0", clip.toString()));
        return Long.parseLong(out.trim());
    }

    /** Runs a command line tool and returns what it printed; fails with its output when it fails. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
