package org.xueliang.analytics.eval;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.xueliang.ingest.VideoFrame;

/**
 * Makes the generated clips with the ffmpeg command line and decodes clips into
 * {@link VideoFrame}s at 640x480 BGR the way ingest hands them to the analysis. Kept apart from
 * the analytics tests' helpers so that the benchmark module can compile this package.
 */
public final class EvalMedia {
    /** Time of a clip's first frame; event times are measured from it. */
    public static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    /** Second of vtest.avi used as the still background of the generated clips. */
    private static final String BACKGROUND_AT = "0";

    private final Path footage;
    private final Path work;

    /**
     * @param footage the repository's {@code samples/footage} folder
     * @param work    folder for generated clips, reused across runs
     */
    public EvalMedia(Path footage, Path work) {
        this.footage = footage;
        this.work = work;
    }

    /** @return the clip's video file, generating it on first use */
    public synchronized Path file(EvalClip clip) throws IOException, InterruptedException {
        if (!clip.generated()) {
            return existing(footage.resolve(clip.source()));
        }
        Files.createDirectories(work);
        Path background = work.resolve("background.png");
        if (!Files.isRegularFile(background)) {
            ffmpeg("background", List.of("-ss", BACKGROUND_AT, "-i", existing(footage.resolve("vtest.avi")).toString(),
                    "-frames:v", "1", "-vf", "scale=640:480", background.toString()));
        }
        // the recipe is part of the name so that a changed recipe makes a new clip
        String recipe = Integer.toHexString((clip.inputs() + clip.graph() + clip.seconds()).hashCode());
        Path out = work.resolve(clip.name() + "-" + recipe + ".mp4");
        if (Files.isRegularFile(out)) {
            return out;
        }
        Path partial = work.resolve(clip.name() + ".partial.mp4");
        List<String> args = new ArrayList<>(List.of("-loop", "1", "-framerate", "10", "-t",
                Double.toString(clip.seconds()), "-i", background.toString()));
        args.addAll(clip.inputs());
        args.addAll(List.of("-filter_complex", clip.graph(), "-map", "[v]", "-t", Double.toString(clip.seconds()),
                "-r", "10", "-c:v", "libx264", "-preset", "veryfast", "-crf", "20", "-g", "250", "-pix_fmt",
                "yuv420p", partial.toString()));
        ffmpeg(clip.name(), args);
        Files.move(partial, out);
        return out;
    }

    /**
     * Hands every {@code step}-th frame of the first {@code seconds} of the file to the consumer,
     * stamped {@link #START} plus its presentation time.
     *
     * @return frames handed over
     */
    public static int play(Path file, double seconds, int step, Consumer<VideoFrame> consumer) throws IOException {
        av_log_set_level(AV_LOG_ERROR);
        int handed = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setImageWidth(640);
            grabber.setImageHeight(480);
            grabber.setPixelFormat(AV_PIX_FMT_BGR24);
            grabber.start();
            long index = 0;
            for (Frame f = grabber.grabImage(); f != null; f = grabber.grabImage(), index++) {
                if (f.timestamp > seconds * 1_000_000) {
                    break;
                }
                if (index % step == 0) {
                    consumer.accept(toVideoFrame(f, handed++));
                }
            }
            grabber.stop();
        }
        return handed;
    }

    private static VideoFrame toVideoFrame(Frame f, long sequence) {
        int rowBytes = f.imageWidth * 3;
        byte[] bgr = new byte[rowBytes * f.imageHeight];
        ByteBuffer image = ((ByteBuffer) f.image[0]).duplicate();
        for (int y = 0; y < f.imageHeight; y++) {
            image.position(y * f.imageStride);
            image.get(bgr, y * rowBytes, rowBytes);
        }
        return new VideoFrame("eval", sequence, START.plusNanos(f.timestamp * 1000), f.imageWidth, f.imageHeight,
                bgr);
    }

    private static Path existing(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("evaluation footage missing: " + file.toAbsolutePath());
        }
        return file;
    }

    private void ffmpeg(String name, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y"));
        command.addAll(args);
        Path log = work.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("ffmpeg did not make " + name + " within 120 s");
        }
        if (process.exitValue() != 0) {
            throw new IOException("ffmpeg failed on " + name + " (exit " + process.exitValue() + "): "
                    + String.join(" ", command) + "\n" + Files.readString(log));
        }
    }
}
