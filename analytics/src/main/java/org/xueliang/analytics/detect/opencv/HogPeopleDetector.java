package org.xueliang.analytics.detect.opencv;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.HOGDescriptor;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.detect.Detection;
import org.xueliang.analytics.detect.HogDetectorConfig;
import org.xueliang.analytics.detect.ObjectDetector;
import org.xueliang.ingest.VideoFrame;

/**
 * People by OpenCV's HOG descriptor and built-in linear SVM ({@code getDefaultPeopleDetector} or
 * {@code getDaimlerPeopleDetector}). Each region is enlarged so that people of a small analysis
 * frame reach the model's window. The SVM margin {@code w} of a hit becomes the confidence
 * {@code w / (1 + w)}. Label {@code person}.
 */
public final class HogPeopleDetector implements ObjectDetector {
    /** Class label of what this detector finds. */
    public static final String LABEL = "person";

    private final HogDetectorConfig config;
    private final HOGDescriptor hog;
    private final FrameBuffer buffer = new FrameBuffer();
    private final Size winStride = new Size(8, 8);
    private final Size padding = new Size(8, 8);
    private final int windowWidth;
    private final int windowHeight;

    public HogPeopleDetector(HogDetectorConfig config) {
        this.config = config;
        if (config.model() == HogDetectorConfig.Model.DAIMLER_48X96) {
            try (Size win = new Size(48, 96); Size block = new Size(16, 16); Size stride = new Size(8, 8);
                    Size cell = new Size(8, 8)) {
                hog = new HOGDescriptor(win, block, stride, cell, 9);
            }
            setSvm(HOGDescriptor.getDaimlerPeopleDetector());
            windowWidth = 48;
            windowHeight = 96;
        } else {
            hog = new HOGDescriptor();
            setSvm(HOGDescriptor.getDefaultPeopleDetector());
            windowWidth = 64;
            windowHeight = 128;
        }
    }

    @Override
    public List<Detection> detect(VideoFrame frame, List<Box> regions) {
        buffer.load(frame);
        List<Detection> found = new ArrayList<>();
        for (Box box : regions) {
            try (FrameBuffer.Region region = buffer.region(box, config.minRegionHeight())) {
                if (region != null && region.image().rows() >= windowHeight && region.image().cols() >= windowWidth) {
                    detectIn(region, found);
                }
            }
        }
        return found;
    }

    @Override
    public void close() {
        hog.close();
        buffer.close();
        winStride.close();
        padding.close();
    }

    private void detectIn(FrameBuffer.Region region, List<Detection> found) {
        try (RectVector rects = new RectVector(); DoublePointer weights = new DoublePointer()) {
            hog.detectMultiScale(region.image(), rects, weights, config.hitThreshold(), winStride, padding,
                    config.scaleStep(), 2.0, false);
            for (long i = 0; i < rects.size(); i++) {
                double w = i < weights.limit() ? Math.max(0, weights.get(i)) : 0;
                double confidence = w / (1 + w);
                if (confidence < config.minConfidence()) {
                    continue;
                }
                try (Rect r = rects.get(i)) {
                    Box box = region.toFrame(r.x(), r.y(), r.width(), r.height(), buffer.width(), buffer.height());
                    found.add(new Detection(LABEL, confidence, box));
                }
            }
        }
    }

    private void setSvm(FloatPointer coefficients) {
        try (FloatPointer c = coefficients; Mat svm = new Mat(c)) {
            hog.setSVMDetector(svm);
        }
    }
}
