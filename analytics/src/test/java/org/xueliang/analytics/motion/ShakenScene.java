package org.xueliang.analytics.motion;

import java.util.Random;
import org.xueliang.analytics.SyntheticScene;
import org.xueliang.ingest.VideoFrame;

/**
 * Test frames of a scene seen by a camera that shakes: the scene is a continuous picture
 * (a gentle gradient and soft-edged rectangles of different grey, like walls and windows, with
 * edges about one pixel wide) sampled at any sub-pixel offset, plus fresh sensor noise on every
 * frame. An object is a dark rectangle standing in the scene, so it shakes with it.
 */
final class ShakenScene {
    private static final int RECTANGLES = 40;
    private static final int NOISE = 4;

    private final int width;
    private final int height;
    private final double[][] rects;
    private final Random noise;

    /** A dark object at a place of the scene, in pixels. */
    record Thing(double x, double y, double width, double height) {
    }

    ShakenScene(int width, int height, long seed) {
        this.width = width;
        this.height = height;
        Random random = new Random(seed);
        rects = new double[RECTANGLES][];
        for (int i = 0; i < RECTANGLES; i++) {
            double w = 20 + random.nextInt(160);
            double h = 20 + random.nextInt(120);
            rects[i] = new double[] {random.nextInt(width) - w / 2, random.nextInt(height) - h / 2, w, h,
                    random.nextInt(121) - 60};
        }
        noise = new Random(seed + 1);
    }

    /**
     * @param sequence frame number, selects the capture time
     * @param dx       how far the scene appears moved to the right, in pixels
     * @param dy       how far the scene appears moved down, in pixels
     * @param things   dark objects, placed in scene coordinates
     */
    VideoFrame frame(long sequence, double dx, double dy, Thing... things) {
        return frame(sequence, dx, dy, 0, things);
    }

    /**
     * @param brightness added to every pixel (lights switched on, camera gain)
     * @see #frame(long, double, double, Thing...)
     */
    VideoFrame frame(long sequence, double dx, double dy, int brightness, Thing... things) {
        byte[] bgr = new byte[width * height * 3];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double sx = x - dx;
                double sy = y - dy;
                int grey = (int) Math.round(grey(sx, sy, things)) + brightness + noise.nextInt(2 * NOISE + 1) - NOISE;
                byte v = (byte) Math.max(0, Math.min(255, grey));
                int i = (y * width + x) * 3;
                bgr[i] = v;
                bgr[i + 1] = v;
                bgr[i + 2] = v;
            }
        }
        return new VideoFrame("shaken", sequence, SyntheticScene.timeOf(sequence), width, height, bgr);
    }

    private double grey(double x, double y, Thing... things) {
        for (Thing t : things) {
            if (x >= t.x() && x < t.x() + t.width() && y >= t.y() && y < t.y() + t.height()) {
                return 25;
            }
        }
        double g = 110 + 30 * x / width + 20 * y / height;
        for (double[] r : rects) {
            double across = inside(x, r[0], r[2]);
            if (across > 0) {
                g += r[4] * across * inside(y, r[1], r[3]);
            }
        }
        return g;
    }

    /** 1 inside [from, from + length], 0 outside, with edges a pixel wide. */
    private static double inside(double v, double from, double length) {
        return step(v - from) * step(from + length - v);
    }

    private static double step(double t) {
        if (t > 4) {
            return 1;
        }
        if (t < -4) {
            return 0;
        }
        return 1 / (1 + Math.exp(-t * 2.5));
    }
}
