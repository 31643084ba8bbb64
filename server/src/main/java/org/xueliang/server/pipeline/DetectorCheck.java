package org.xueliang.server.pipeline;

import org.xueliang.analytics.detect.DetectionConfig;
import org.xueliang.analytics.detect.DetectorModelException;
import org.xueliang.analytics.detect.opencv.OpenCvDetectors;

/**
 * Loads the configured detectors once at start-up, so that a model OpenCV cannot use (not an ONNX
 * network, an unsupported layer, an output that is no YOLO layout) stops the server with the
 * model's path and the reason instead of failing every channel one by one.
 */
public final class DetectorCheck {
    private DetectorCheck() {
    }

    /**
     * @throws DetectorModelException naming the configuration key, the model and what is wrong
     */
    public static void requireLoadable(DetectionConfig detection) {
        if (detection.detectors().isEmpty()) {
            return;
        }
        try {
            OpenCvDetectors.create(detection.detectors()).close();
        } catch (DetectorModelException e) {
            throw new DetectorModelException("analytics.detection: " + e.getMessage(), e);
        }
    }
}
