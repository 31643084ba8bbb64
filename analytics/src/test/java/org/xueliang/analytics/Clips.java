package org.xueliang.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes test clips from the real footage with the ffmpeg CLI, once per build, under
 * {@code target/clips/}: a filter chain applied to the first seconds of {@code vtest.avi},
 * encoded as H.264 in one GOP at 640x480, 10 fps.
 */
public final class Clips {
    private static final Path DIR = Path.of("target", "clips");

    private Clips() {
    }

    /**
     * @param name    file name without extension; an existing clip of that name is reused
     * @param seconds length
     * @param filter  ffmpeg video filter chain applied before scaling to 640x480
     * @return the clip
     */
    public static synchronized Path make(String name, int seconds, String filter) throws IOException,
            InterruptedException {
        Path out = DIR.resolve(name + ".mp4");
        if (Files.isRegularFile(out)) {
            return out;
        }
        Files.createDirectories(DIR);
        Path partial = DIR.resolve(name + ".partial.mp4");
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y", "-i",
                Footage.VTEST.toAbsolutePath().toString(), "-t", Integer.toString(seconds), "-vf",
                filter + ",scale=640:480", "-r", "10", "-c:v", "libx264", "-preset", "veryfast", "-crf", "20",
                "-g", "250", "-pix_fmt", "yuv420p", partial.toString()));
        Process ffmpeg = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(DIR.resolve(name + ".log").toFile()).start();
        if (!ffmpeg.waitFor(120, TimeUnit.SECONDS)) {
            ffmpeg.destroyForcibly();
            throw new IllegalStateException("ffmpeg did not finish clip " + name + " within 120 s");
        }
        if (ffmpeg.exitValue() != 0) {
            throw new IllegalStateException("ffmpeg failed on clip " + name + " (exit " + ffmpeg.exitValue() + "): "
                    + Files.readString(DIR.resolve(name + ".log")));
        }
        Files.move(partial, out);
        return out;
    }
}
