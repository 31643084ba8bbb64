package org.xueliang.analytics.motion;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.magnitude;
import static org.bytedeco.opencv.global.opencv_core.mean;
import static org.bytedeco.opencv.global.opencv_imgproc.Sobel;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;

/** Mean gradient magnitude inside a rectangle: how much structure a part of a picture holds. */
final class EdgeEnergy {
    private EdgeEnergy() {
    }

    /**
     * @param image a single-channel {@code CV_32F} picture
     * @param rect  the part to measure, inside the picture
     * @return mean Sobel gradient magnitude
     */
    static double of(Mat image, Rect rect) {
        try (Mat roi = image.apply(rect); Mat dx = new Mat(); Mat dy = new Mat(); Mat mag = new Mat()) {
            Sobel(roi, dx, CV_32F, 1, 0);
            Sobel(roi, dy, CV_32F, 0, 1);
            magnitude(dx, dy, mag);
            try (Scalar m = mean(mag)) {
                return m.get(0);
            }
        }
    }
}
