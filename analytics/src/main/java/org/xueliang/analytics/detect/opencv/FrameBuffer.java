package org.xueliang.analytics.detect.opencv;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;
import org.xueliang.analytics.Box;
import org.xueliang.ingest.VideoFrame;

/**
 * A detector's native copy of the current frame, reused from frame to frame, and the enlarged
 * region crops cut from it. Not thread-safe.
 */
final class FrameBuffer implements AutoCloseable {
    /** Regions are enlarged at most this much: beyond it there is no detail left to find. */
    static final double MAX_UPSCALE = 4;

    private final Mat frame = new Mat();
    private int width;
    private int height;

    /** A region of the frame, scaled for the detector, and how to map its pixels back. */
    record Region(Mat image, int originX, int originY, double scale) implements AutoCloseable {
        /** @return a rectangle of {@link #image} as a normalised box of the whole frame */
        Box toFrame(double x, double y, double w, double h, int frameWidth, int frameHeight) {
            double fx = originX + x / scale;
            double fy = originY + y / scale;
            double x1 = Math.max(0, fx);
            double y1 = Math.max(0, fy);
            double x2 = Math.min(frameWidth, fx + w / scale);
            double y2 = Math.min(frameHeight, fy + h / scale);
            return new Box(x1 / frameWidth, y1 / frameHeight, Math.max(0, x2 - x1) / frameWidth,
                    Math.max(0, y2 - y1) / frameHeight);
        }

        @Override
        public void close() {
            image.close();
        }
    }

    /** Copies the frame's pixels into native memory. */
    void load(VideoFrame videoFrame) {
        if (videoFrame.width() != width || videoFrame.height() != height) {
            width = videoFrame.width();
            height = videoFrame.height();
            frame.create(height, width, CV_8UC3);
        }
        frame.data().put(videoFrame.bgr());
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /**
     * Cuts a region and enlarges it so that it is at least {@code minHeight} rows (at most
     * {@link #MAX_UPSCALE} times); never shrinks it.
     *
     * @return the region, owned by the caller; null when the region covers no pixel
     */
    Region region(Box box, int minHeight) {
        int x = clamp((int) Math.floor(box.x() * width), width);
        int y = clamp((int) Math.floor(box.y() * height), height);
        int w = clamp((int) Math.ceil((box.x() + box.width()) * width), width + 1) - x;
        int h = clamp((int) Math.ceil((box.y() + box.height()) * height), height + 1) - y;
        if (w <= 0 || h <= 0) {
            return null;
        }
        double scale = Math.min(MAX_UPSCALE, Math.max(1, minHeight / (double) h));
        Mat out = new Mat();
        try (Rect rect = new Rect(x, y, w, h); Mat roi = frame.apply(rect)) {
            if (scale == 1) {
                roi.copyTo(out);
            } else {
                try (Size size = new Size((int) Math.round(w * scale), (int) Math.round(h * scale))) {
                    resize(roi, out, size, 0, 0, INTER_LINEAR);
                }
            }
        }
        return new Region(out, x, y, scale);
    }

    @Override
    public void close() {
        frame.close();
    }

    private static int clamp(int v, int limit) {
        return Math.max(0, Math.min(limit, v));
    }
}
