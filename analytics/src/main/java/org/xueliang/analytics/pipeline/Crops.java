package org.xueliang.analytics.pipeline;

import org.xueliang.analytics.Box;
import org.xueliang.ingest.VideoFrame;

/** Cuts a box, with a margin, out of a frame's BGR pixels. Pure. */
final class Crops {
    private Crops() {
    }

    /**
     * @param frame  the frame
     * @param box    normalised box
     * @param margin added on each side, as a fraction of the box's size
     * @return the crop as a frame of its own (same channel, sequence and time); null when empty
     */
    static VideoFrame cut(VideoFrame frame, Box box, double margin) {
        double mx = box.width() * margin;
        double my = box.height() * margin;
        int x1 = clamp((int) Math.floor((box.x() - mx) * frame.width()), frame.width());
        int y1 = clamp((int) Math.floor((box.y() - my) * frame.height()), frame.height());
        int x2 = clamp((int) Math.ceil((box.x() + box.width() + mx) * frame.width()), frame.width());
        int y2 = clamp((int) Math.ceil((box.y() + box.height() + my) * frame.height()), frame.height());
        int w = x2 - x1;
        int h = y2 - y1;
        if (w <= 0 || h <= 0) {
            return null;
        }
        byte[] bgr = new byte[w * h * 3];
        byte[] source = frame.bgr();
        for (int row = 0; row < h; row++) {
            System.arraycopy(source, ((y1 + row) * frame.width() + x1) * 3, bgr, row * w * 3, w * 3);
        }
        return new VideoFrame(frame.channelId(), frame.sequence(), frame.captureTime(), w, h, bgr);
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size, v));
    }
}
