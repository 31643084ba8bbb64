package org.xueliang.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test clips made once with the ffmpeg command line from the repository's real footage. */
final class BenchClips {
    /** Where the walkers start in {@link #stillThenMotion}: mid-GOP, as motion starts in life. */
    static final double MOTION_START_SECONDS = 21;
    /** The idle clips' size, and temporal noise that makes P-frames of about 3 KB, as an empty scene gives. */
    private static final String STILL_LOOK = "scale=704:576,noise=alls=8:allf=t";

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
        if (Files.exists(clip)) {
            return clip;
        }
        List<String> command = new ArrayList<>(List.of("-stream_loop", "-1", "-i", footage(repo).toString(),
                "-t", "30", "-vf", "scale=" + width + ":" + height + ",fps=25"));
        return x264(clip, command, x264Options);
    }

    /**
     * A 704x576 clip at 25 fps, 30 s, of the footage's first picture held still with light temporal
     * noise, so that the encoder writes real P-frames as for a camera on an empty scene; encoded as
     * {@link #h264(Path, Path, int, int)} encodes.
     */
    static Path still(Path repo, Path folder) throws IOException, InterruptedException {
        Path clip = folder.resolve("still-576p25.mp4");
        if (Files.exists(clip)) {
            return clip;
        }
        return x264(clip, List.of("-i", footage(repo).toString(), "-filter_complex",
                "[0:v]fps=25,trim=end_frame=1,loop=loop=749:size=1,setpts=N/25/TB," + STILL_LOOK + "[v]",
                "-map", "[v]"), List.of());
    }

    /**
     * The still scene of {@link #still} for {@link #MOTION_START_SECONDS}, then the footage from
     * its first picture on (people walking) for 30 s: motion starts at a known offset.
     */
    static Path stillThenMotion(Path repo, Path folder) throws IOException, InterruptedException {
        Path clip = folder.resolve("still-then-walkers-576p25.mp4");
        if (Files.exists(clip)) {
            return clip;
        }
        String footage = footage(repo).toString();
        int stillFrames = (int) Math.round(MOTION_START_SECONDS * 25);
        return x264(clip, List.of("-i", footage, "-i", footage, "-filter_complex",
                "[0:v]fps=25,trim=end_frame=1,loop=loop=" + (stillFrames - 1) + ":size=1,setpts=N/25/TB[still];"
                        + "[1:v]fps=25,trim=duration=30,setpts=PTS-STARTPTS[walkers];"
                        + "[still][walkers]concat=n=2:v=1," + STILL_LOOK + "[v]", "-map", "[v]"), List.of());
    }

    /** Encodes with x264 as every bench clip is encoded: {@code veryfast}, GOP 50, 4:2:0, no audio. */
    private static Path x264(Path clip, List<String> inputAndFilters, List<String> x264Options)
            throws IOException, InterruptedException {
        Files.createDirectories(clip.getParent());
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
        command.addAll(inputAndFilters);
        command.addAll(List.of("-c:v", "libx264", "-preset", "veryfast", "-g", "50"));
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
