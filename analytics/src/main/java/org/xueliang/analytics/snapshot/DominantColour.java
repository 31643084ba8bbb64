package org.xueliang.analytics.snapshot;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2HSV;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

import java.util.HashMap;
import java.util.Map;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.xueliang.ingest.VideoFrame;

/**
 * Names the dominant colour of an object's crop, for searching track records ("a man in red").
 * Only the centre of the crop is looked at (half its width, 70% of its height), where a box
 * holds the object rather than the background; each pixel is named from its HSV value and the
 * most frequent name wins. Names: black, white, grey, red, orange, brown, yellow, green, cyan,
 * blue, purple, pink. Stateless and thread-safe.
 */
public final class DominantColour {
    /** Name returned for a crop too small to judge. */
    public static final String UNKNOWN = "unknown";

    /**
     * @param crop the object's picture
     * @return the colour name, or {@link #UNKNOWN}
     */
    public String of(VideoFrame crop) {
        if (crop.width() < 2 || crop.height() < 2) {
            return UNKNOWN;
        }
        int x = crop.width() / 4;
        int y = crop.height() * 15 / 100;
        int w = Math.max(1, crop.width() / 2);
        int h = Math.max(1, crop.height() * 70 / 100);
        byte[] hsv = new byte[w * h * 3];
        try (Mat picture = new Mat(crop.height(), crop.width(), CV_8UC3);
                Rect centre = new Rect(x, y, w, h);
                Mat roi = picture.apply(centre);
                Mat converted = new Mat()) {
            picture.data().put(crop.bgr());
            cvtColor(roi, converted, COLOR_BGR2HSV);
            converted.data().get(hsv);
        }
        Map<String, Integer> votes = new HashMap<>();
        for (int i = 0; i < hsv.length; i += 3) {
            votes.merge(name(hsv[i] & 0xff, hsv[i + 1] & 0xff, hsv[i + 2] & 0xff), 1, Integer::sum);
        }
        return votes.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(UNKNOWN);
    }

    /**
     * @param hue        OpenCV hue, 0..179 (degrees halved)
     * @param saturation 0..255
     * @param value      0..255
     * @return the colour name of one pixel
     */
    static String name(int hue, int saturation, int value) {
        if (value < 50) {
            return "black";
        }
        if (saturation < 45) {
            return value > 190 ? "white" : "grey";
        }
        if (hue < 8 || hue >= 170) {
            return "red";
        }
        if (hue < 20) {
            return value < 150 ? "brown" : "orange";
        }
        if (hue < 33) {
            return "yellow";
        }
        if (hue < 78) {
            return "green";
        }
        if (hue < 100) {
            return "cyan";
        }
        if (hue < 130) {
            return "blue";
        }
        return hue < 150 ? "purple" : "pink";
    }
}
