package org.xueliang.analytics.detect;

import java.nio.file.Path;
import java.util.List;

/**
 * A YOLO-style ONNX network run by OpenCV DNN. The input is a letterboxed square of
 * {@code inputSize} pixels, RGB scaled to 0..1; the output is decoded per {@code format}, then
 * filtered by {@code confidence} and non-maximum suppression per class.
 *
 * @param model        the {@code .onnx} file
 * @param classNames   class labels in the network's class order (for COCO: person, bicycle, car, ...)
 * @param inputSize    side of the square input, a multiple of 32 (640 for stock YOLO exports)
 * @param confidence   smallest score kept, 0..1
 * @param nmsThreshold IoU above which the weaker of two boxes of one class is dropped, 0..1
 * @param format       output layout
 */
public record OnnxDetectorConfig(Path model, List<String> classNames, int inputSize, double confidence,
        double nmsThreshold, YoloFormat format) implements DetectorConfig {

    public OnnxDetectorConfig {
        Checks.require(model != null, "ONNX", "model", "a path to an .onnx file", model);
        Checks.require(classNames != null && !classNames.isEmpty(), "ONNX", "classNames", "at least one name",
                classNames);
        classNames = List.copyOf(classNames);
        Checks.require(inputSize >= 32 && inputSize <= 2048 && inputSize % 32 == 0, "ONNX", "inputSize",
                "a multiple of 32 between 32 and 2048", inputSize);
        Checks.require(confidence >= 0 && confidence <= 1, "ONNX", "confidence", "between 0 and 1", confidence);
        Checks.require(nmsThreshold >= 0 && nmsThreshold <= 1, "ONNX", "nmsThreshold", "between 0 and 1",
                nmsThreshold);
        Checks.require(format != null, "ONNX", "format", "AUTO, V5 or V8", format);
    }
}
