package org.xueliang.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** Video fixtures: the committed sample clip and damaged copies of it made at test time. */
public final class Footage {
    /** Bytes kept of vtest.avi for the truncated copy: headers and about six frames. */
    private static final int TRUNCATED_BYTES = 200_000;

    private Footage() {
    }

    /** {@code samples/footage/vtest.avi}: 768x576, 10 fps, MS-MPEG4 v3, 795 frames. */
    public static Path vtest() {
        return Await.repoRoot().resolve("samples/footage/vtest.avi");
    }

    /** The first 200,000 bytes of vtest.avi, like {@code head -c 200000}. */
    public static Path truncated() throws IOException {
        Path target = dir().resolve("vtest-truncated.avi");
        if (!Files.exists(target)) {
            try (InputStream in = Files.newInputStream(vtest())) {
                Files.write(target, in.readNBytes(TRUNCATED_BYTES));
            }
        }
        return target;
    }

    /** 300,000 pseudo-random bytes named like a video file. */
    public static Path garbage() throws IOException {
        Path target = dir().resolve("garbage.avi");
        if (!Files.exists(target)) {
            byte[] bytes = new byte[300_000];
            new Random(20240601).nextBytes(bytes);
            Files.write(target, bytes);
        }
        return target;
    }

    /** The first half second of vtest.avi, remuxed whole by the ffmpeg CLI: a file that ends cleanly. */
    public static Path halfSecond() throws IOException, InterruptedException {
        Path target = dir().resolve("vtest-half-second.avi");
        if (!Files.exists(target)) {
            run("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", vtest().toString(), "-t", "0.5",
                    "-c", "copy", target.toString());
        }
        return target;
    }

    /** Runs a command, failing with its output unless it exits with 0 within 30 s. */
    public static byte[] run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("command failed: " + String.join(" ", command));
        }
        return output;
    }

    private static Path dir() throws IOException {
        return Files.createDirectories(Path.of("target", "footage"));
    }
}
