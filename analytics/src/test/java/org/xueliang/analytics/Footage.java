package org.xueliang.analytics;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.xueliang.ingest.VideoFrame;

/** Decodes the committed sample footage, or clips made from it, into {@link VideoFrame}s the way ingest would. */
public final class Footage {
    /** OpenCV's pedestrian sample, 768x576 at 10 fps. */
    public static final Path VTEST =
            Path.of(System.getProperty("xl.repo.root", "..")).resolve("samples/footage/vtest.avi");
    public static final Instant START = Instant.parse("2025-03-01T08:00:00Z");

    private Footage() {
    }

    /**
     * Decodes {@code vtest.avi} at 640x480 BGR24 and hands every {@code step}-th frame of the
     * first {@code seconds} to the consumer, stamped with the file's presentation time.
     *
     * @return the number of frames handed over
     */
    public static int play(double seconds, int step, Consumer<VideoFrame> consumer) throws Exception {
        return play(VTEST, seconds, step, consumer);
    }

    /** As {@link #play(double, int, Consumer)} for any video file. */
    public static int play(Path file, double seconds, int step, Consumer<VideoFrame> consumer) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("footage missing: " + file.toAbsolutePath());
        }
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
        return new VideoFrame("vtest", sequence, START.plusNanos(f.timestamp * 1000), f.imageWidth, f.imageHeight, bgr);
    }
}
