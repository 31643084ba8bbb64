package org.xueliang.analytics.rules;

import java.util.Arrays;
import org.xueliang.analytics.motion.MotionMask;

/** The fraction of a region covered by moving foreground; caches the region's pixels per mask size. */
final class ForegroundDensity {
    private final ZonePolygon region;
    private int width = -1;
    private int height = -1;
    private int[] pixels = new int[0];

    ForegroundDensity(ZonePolygon region) {
        this.region = region;
    }

    /** @return 0..1; 0 for an empty mask or a region that covers no mask pixel */
    double of(MotionMask mask) {
        if (mask.width() != width || mask.height() != height) {
            index(mask.width(), mask.height());
        }
        if (pixels.length == 0) {
            return 0;
        }
        int set = 0;
        byte[] data = mask.pixels();
        for (int p : pixels) {
            if (data[p] != 0) {
                set++;
            }
        }
        return set / (double) pixels.length;
    }

    private void index(int w, int h) {
        width = w;
        height = h;
        int[] inside = new int[w * h];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (region.contains((x + 0.5) / w, (y + 0.5) / h)) {
                    inside[n++] = y * w + x;
                }
            }
        }
        pixels = Arrays.copyOf(inside, n);
    }
}
