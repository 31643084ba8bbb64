package org.xueliang.analytics.motion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The per-pixel median of a few grey frames: a starting background without the people who
 * happened to pass while it was taken, as long as nobody covers a pixel in more than half of
 * the frames. Starting from a single picture instead leaves the "ghosts" of everyone in it as
 * false motion until the slow running average forgets them (20 s or more at 5 fps).
 */
final class MedianBackground {
    private final int frames;
    private final int pixels;
    private final List<byte[]> collected = new ArrayList<>();

    MedianBackground(int frames, int pixels) {
        this.frames = frames;
        this.pixels = pixels;
    }

    void add(byte[] grey) {
        if (grey.length != pixels) {
            throw new IllegalArgumentException("grey frame must hold " + pixels + " pixels, got " + grey.length);
        }
        collected.add(grey);
    }

    boolean isEmpty() {
        return collected.isEmpty();
    }

    boolean isComplete() {
        return collected.size() >= frames;
    }

    /** @return the per-pixel median of the frames collected so far (upper median for an even count) */
    byte[] median() {
        int n = collected.size();
        byte[] result = new byte[pixels];
        int[] values = new int[n];
        for (int p = 0; p < pixels; p++) {
            for (int i = 0; i < n; i++) {
                values[i] = collected.get(i)[p] & 0xff;
            }
            Arrays.sort(values);
            result[p] = (byte) values[n / 2];
        }
        return result;
    }
}
