package org.xueliang.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueliang.ingest.VideoFrame;

class DominantColourTest {
    private final DominantColour colour = new DominantColour();

    /** A 20x40 crop: the object's colour in the centre, grey background in a 4-pixel margin. */
    private static VideoFrame crop(int b, int g, int r) {
        int w = 20;
        int h = 40;
        byte[] bgr = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean centre = x >= 4 && x < 16 && y >= 4 && y < 36;
                int i = (y * w + x) * 3;
                bgr[i] = (byte) (centre ? b : 128);
                bgr[i + 1] = (byte) (centre ? g : 128);
                bgr[i + 2] = (byte) (centre ? r : 128);
            }
        }
        return new VideoFrame("cam", 0, Instant.EPOCH, w, h, bgr);
    }

    @ParameterizedTest(name = "BGR {0},{1},{2} is {3}")
    @CsvSource({
        "30, 30, 200, red",
        "200, 60, 30, blue",
        "40, 180, 40, green",
        "30, 200, 230, yellow",
        "20, 20, 20, black",
        "235, 235, 235, white",
        "120, 120, 125, grey",
        "19, 69, 139, brown",
        "180, 40, 170, purple",
    })
    void namesTheColourOfTheCentreOfTheCrop(int b, int g, int r, String name) {
        assertThat(colour.of(crop(b, g, r))).isEqualTo(name);
    }

    @Test
    void cropTooSmallIsUnknown() {
        assertThat(colour.of(new VideoFrame("cam", 0, Instant.EPOCH, 1, 1, new byte[3]))).isEqualTo("unknown");
    }
}
