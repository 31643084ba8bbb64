package org.xueliang.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.xueliang.ingest.VideoFrame;

/**
 * Test frames: a fixed random texture (the static scene) plus fresh sensor noise on every
 * frame, optionally a brightness offset and coloured rectangles (the moving objects, dark by default).
 */
public final class SyntheticScene {
    /** Capture time of frame 0. */
    public static final Instant START = Instant.parse("2025-03-01T08:00:00Z");
    /** 5 fps. */
    public static final Duration FRAME_INTERVAL = Duration.ofMillis(200);

    private static final int NOISE_PLANES = 5;

    private final int width;
    private final int height;
    private final byte[] texture;
    private final byte[][] noise;

    /** A rectangle in pixels. */
    public record Rect(int x, int y, int width, int height) {
    }

    /**
     * @param width     frame width
     * @param height    frame height
     * @param seed      random seed
     * @param noiseAmp  sensor noise amplitude in grey levels (uniform in -amp..amp)
     */
    public SyntheticScene(int width, int height, long seed, int noiseAmp) {
        this.width = width;
        this.height = height;
        Random random = new Random(seed);
        texture = new byte[width * height * 3];
        for (int i = 0; i < texture.length; i++) {
            texture[i] = (byte) (70 + random.nextInt(100));
        }
        noise = new byte[NOISE_PLANES][width * height * 3];
        for (byte[] plane : noise) {
            for (int i = 0; i < plane.length; i++) {
                plane[i] = (byte) (random.nextInt(2 * noiseAmp + 1) - noiseAmp);
            }
        }
    }

    /** @return the capture time of frame {@code sequence} */
    public static Instant timeOf(long sequence) {
        return START.plus(FRAME_INTERVAL.multipliedBy(sequence));
    }

    /**
     * @param sequence   frame number, also selects the capture time and the noise
     * @param brightness added to every pixel of the scene
     * @param objects    dark rectangles drawn over the scene
     * @return the frame
     */
    public VideoFrame frame(long sequence, int brightness, Rect... objects) {
        return frame(sequence, brightness, new int[] {20, 25, 30}, objects);
    }

    /**
     * @param sequence   frame number, also selects the capture time and the noise
     * @param brightness added to every pixel of the scene
     * @param objectBgr  colour of the objects, blue, green, red 0..255
     * @param objects    rectangles drawn over the scene
     * @return the frame
     */
    public VideoFrame frame(long sequence, int brightness, int[] objectBgr, Rect... objects) {
        byte[] bgr = new byte[texture.length];
        byte[] n = noise[(int) (sequence % NOISE_PLANES)];
        for (int i = 0; i < bgr.length; i++) {
            bgr[i] = (byte) clamp((texture[i] & 0xff) + n[i] + brightness);
        }
        for (Rect r : objects) {
            fill(bgr, r, objectBgr);
        }
        return new VideoFrame("synthetic", sequence, timeOf(sequence), width, height, bgr);
    }

    /** @return a frame of the static scene without objects */
    public VideoFrame frame(long sequence) {
        return frame(sequence, 0);
    }

    private void fill(byte[] bgr, Rect r, int[] colour) {
        for (int y = Math.max(0, r.y()); y < Math.min(height, r.y() + r.height()); y++) {
            for (int x = Math.max(0, r.x()); x < Math.min(width, r.x() + r.width()); x++) {
                int i = (y * width + x) * 3;
                bgr[i] = (byte) colour[0];
                bgr[i + 1] = (byte) colour[1];
                bgr[i + 2] = (byte) colour[2];
            }
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
