package org.xueliang.analytics.detect.opencv;

import java.util.ArrayList;
import java.util.List;
import org.xueliang.analytics.detect.CascadeDetectorConfig;
import org.xueliang.analytics.detect.CompositeDetector;
import org.xueliang.analytics.detect.DetectorConfig;
import org.xueliang.analytics.detect.DetectorModelException;
import org.xueliang.analytics.detect.HogDetectorConfig;
import org.xueliang.analytics.detect.ObjectDetector;
import org.xueliang.analytics.detect.OnnxDetectorConfig;

/** Builds the OpenCV detector for each {@link DetectorConfig}. */
public final class OpenCvDetectors {
    private OpenCvDetectors() {
    }

    /**
     * @return the detector of one configuration
     * @throws DetectorModelException when its model or cascade cannot be loaded
     */
    public static ObjectDetector create(DetectorConfig config) {
        if (config instanceof HogDetectorConfig hog) {
            return new HogPeopleDetector(hog);
        } else if (config instanceof CascadeDetectorConfig cascade) {
            return new CascadeDetector(cascade);
        } else if (config instanceof OnnxDetectorConfig onnx) {
            return new OnnxYoloDetector(onnx);
        }
        throw new IllegalArgumentException("unsupported detector configuration " + config);
    }

    /**
     * @return one detector running all configurations over the same regions
     * @throws DetectorModelException when a model cannot be loaded; those built so far are closed
     */
    public static ObjectDetector create(List<DetectorConfig> configs) {
        List<ObjectDetector> built = new ArrayList<>(configs.size());
        try {
            for (DetectorConfig c : configs) {
                built.add(create(c));
            }
        } catch (RuntimeException e) {
            built.forEach(ObjectDetector::close);
            throw e;
        }
        return built.size() == 1 ? built.get(0) : new CompositeDetector(built);
    }
}
