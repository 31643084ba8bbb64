package org.xueliang.analytics.detect.opencv;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.equalizeHist;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.detect.CascadeDetectorConfig;
import org.xueliang.analytics.detect.Detection;
import org.xueliang.analytics.detect.DetectorModelException;
import org.xueliang.analytics.detect.ObjectDetector;
import org.xueliang.ingest.VideoFrame;

/**
 * A Haar or LBP cascade (full body, face, licence plate, ...) on grey, histogram-equalised,
 * enlarged regions. The number {@code n} of overlapping raw hits behind a detection becomes the
 * confidence {@code n / (n + minNeighbors)}.
 */
public final class CascadeDetector implements ObjectDetector {
    private final CascadeDetectorConfig config;
    private final CascadeClassifier classifier;
    private final FrameBuffer buffer = new FrameBuffer();
    private final Size minSize;
    private final Size maxSize = new Size();

    /** @throws DetectorModelException when the cascade is missing or OpenCV cannot read it */
    public CascadeDetector(CascadeDetectorConfig config) {
        this.config = config;
        File file = CascadeFiles.resolve(config.cascade());
        CascadeClassifier loaded = new CascadeClassifier();
        if (!loaded.load(file.getAbsolutePath()) || loaded.empty()) {
            loaded.close();
            throw new DetectorModelException("cascade '" + config.cascade() + "' at " + file
                    + ": OpenCV could not load it; expected an OpenCV Haar or LBP cascade XML");
        }
        this.classifier = loaded;
        this.minSize = new Size(config.minSize(), config.minSize());
    }

    @Override
    public List<Detection> detect(VideoFrame frame, List<Box> regions) {
        buffer.load(frame);
        List<Detection> found = new ArrayList<>();
        for (Box box : regions) {
            try (FrameBuffer.Region region = buffer.region(box, config.minRegionHeight())) {
                if (region != null) {
                    detectIn(region, found);
                }
            }
        }
        return found;
    }

    @Override
    public void close() {
        classifier.close();
        buffer.close();
        minSize.close();
        maxSize.close();
    }

    private void detectIn(FrameBuffer.Region region, List<Detection> found) {
        try (Mat grey = new Mat(); RectVector rects = new RectVector(); IntPointer neighbours = new IntPointer()) {
            cvtColor(region.image(), grey, COLOR_BGR2GRAY);
            equalizeHist(grey, grey);
            classifier.detectMultiScale2(grey, rects, neighbours, config.scaleFactor(), config.minNeighbors(), 0,
                    minSize, maxSize);
            for (long i = 0; i < rects.size(); i++) {
                int n = i < neighbours.limit() ? neighbours.get(i) : config.minNeighbors();
                double confidence = n / (double) (n + config.minNeighbors());
                try (Rect r = rects.get(i)) {
                    Box b = region.toFrame(r.x(), r.y(), r.width(), r.height(), buffer.width(), buffer.height());
                    found.add(new Detection(config.label(), confidence, b));
                }
            }
        }
    }
}
