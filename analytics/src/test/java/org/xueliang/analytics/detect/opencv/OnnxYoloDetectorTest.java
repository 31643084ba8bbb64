package org.xueliang.analytics.detect.opencv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.detect.Detection;
import org.xueliang.analytics.detect.DetectorModelException;
import org.xueliang.analytics.detect.ObjectDetector;
import org.xueliang.analytics.detect.OnnxDetectorConfig;
import org.xueliang.analytics.detect.YoloFormat;
import org.xueliang.ingest.VideoFrame;

/**
 * The ONNX path end to end on hand-written models whose outputs are known: loading through
 * OpenCV DNN, letterbox and RGB pre-processing, YOLOv5 and YOLOv8 decoding, per-class NMS, and
 * the mapping back to frame coordinates.
 */
class OnnxYoloDetectorTest {
    private static final int INPUT = 64;
    private static final List<String> CLASSES = List.of("person", "car");
    /** A 128x96 frame letterboxed into 64x64: scale 0.5, 8 rows of padding above and below. */
    private static final int WIDTH = 128;
    private static final int HEIGHT = 96;
    /** Mean red of that letterboxed input for a pure red frame: 48 red rows, 16 grey (114) rows. */
    private static final double RED_MEAN = (48 + 16 * 114 / 255.0) / 64;

    @TempDir
    Path dir;

    /**
     * Three YOLOv5 candidates: 0 is a person whose objectness is the input's mean red, 1 a
     * person overlapping 0 with objectness 0.8, 2 a car in the corner.
     */
    private Path v5Model() throws Exception {
        float[] out = {
            32, 32, 20, 40, 0, 0.9f, 0.1f,
            34, 33, 20, 40, 0.8f, 0.8f, 0.1f,
            10, 10, 8, 8, 0.9f, 0.2f, 0.7f,
        };
        float[][] weights = new float[out.length][3];
        weights[4][0] = 1;
        return write("v5.onnx", TinyOnnxModel.build(INPUT, new long[] {1, 3, 7}, out, weights));
    }

    @Test
    void yoloV5OnARedFrameKeepsTheStrongerPersonAndTheCar() throws Exception {
        try (ObjectDetector detector = new OnnxYoloDetector(config(v5Model(), YoloFormat.AUTO))) {
            List<Detection> found = detector.detect(solid(0, 0, 255), List.of(ObjectDetector.WHOLE_FRAME));

            assertThat(found).extracting(Detection::label).containsExactly("person", "car");
            Detection person = found.get(0);
            assertThat(person.confidence()).isCloseTo(RED_MEAN * 0.9, within(0.01));
            // (32 - 10) / 0.5 = 44 px from the left, (32 - 20 - 8) / 0.5 = 8 px from the top, 40x80
            assertBox(person.box(), 44.0 / WIDTH, 8.0 / HEIGHT, 40.0 / WIDTH, 80.0 / HEIGHT);
            Detection car = found.get(1);
            assertThat(car.confidence()).isCloseTo(0.63, within(1e-4));
            // the top of the car lies in the padding: cut at the frame's top edge
            assertBox(car.box(), 12.0 / WIDTH, 0, 16.0 / WIDTH, 12.0 / HEIGHT);
        }
    }

    @Test
    void yoloV5OnABlueFrameDropsTheWeakPersonAndKeepsTheOneNmsHadSuppressed() throws Exception {
        try (ObjectDetector detector = new OnnxYoloDetector(config(v5Model(), YoloFormat.V5))) {
            List<Detection> found = detector.detect(solid(255, 0, 0), List.of(ObjectDetector.WHOLE_FRAME));

            assertThat(found).extracting(Detection::label).containsExactly("person", "car");
            assertThat(found.get(0).confidence()).isCloseTo(0.64, within(1e-4));
            assertBox(found.get(0).box(), 48.0 / WIDTH, 10.0 / HEIGHT, 40.0 / WIDTH, 80.0 / HEIGHT);
        }
    }

    @Test
    void yoloV8ColumnsAreDecodedAndMappedIntoTheSearchedRegion() throws Exception {
        // [1, 4 + 2, 3]: one column per candidate; candidate 1 is below the threshold
        float[] out = {
            32, 50, 12,
            32, 50, 12,
            16, 10, 6,
            32, 10, 6,
            0.1f, 0.2f, 0.95f,
            0.7f, 0.3f, 0.05f,
        };
        Path model = write("v8.onnx", TinyOnnxModel.build(INPUT, new long[] {1, 6, 3}, out, new float[18][3]));
        try (ObjectDetector detector = new OnnxYoloDetector(config(model, YoloFormat.AUTO))) {
            // the right half of the frame: 64x96 letterboxed at scale 2/3, 10.67 px padding left and right
            Box right = new Box(0.5, 0, 0.5, 1);
            List<Detection> found = detector.detect(solid(90, 90, 90), List.of(right));

            // grouped by class in class order
            assertThat(found).extracting(Detection::label).containsExactly("person", "car");
            Detection car = found.get(1);
            assertThat(car.confidence()).isCloseTo(0.7, within(1e-4));
            double scale = 64 / 96.0;
            int padX = (64 - 43) / 2;
            assertBox(car.box(), (64 + (32 - 8 - padX) / scale) / WIDTH, ((32 - 16) / scale) / HEIGHT,
                    (16 / scale) / WIDTH, (32 / scale) / HEIGHT);
            assertThat(found.get(0).confidence()).isCloseTo(0.95, within(1e-4));
        }
    }

    @Test
    void missingModelNamesThePath() {
        Path missing = dir.resolve("yolov8n.onnx");
        assertThatThrownBy(() -> new OnnxYoloDetector(config(missing, YoloFormat.AUTO)))
                .isInstanceOf(DetectorModelException.class)
                .hasMessage("ONNX model " + missing.toAbsolutePath()
                        + ": no such file; expected a YOLO-style network exported to ONNX");
    }

    @Test
    void fileThatIsNoOnnxModelIsRefusedWithThePath() throws Exception {
        Path garbage = write("garbage.onnx", "this is not a protobuf".getBytes());
        assertThatThrownBy(() -> new OnnxYoloDetector(config(garbage, YoloFormat.AUTO)))
                .isInstanceOf(DetectorModelException.class)
                .hasMessageStartingWith("ONNX model " + garbage.toAbsolutePath() + ": OpenCV DNN cannot read it (");
    }

    @Test
    void outputThatFitsNeitherLayoutIsRefusedWithWhatWasExpected() throws Exception {
        float[] out = new float[27];
        Path model = write("odd.onnx", TinyOnnxModel.build(INPUT, new long[] {1, 3, 9}, out, new float[27][3]));
        assertThatThrownBy(() -> new OnnxYoloDetector(config(model, YoloFormat.AUTO)))
                .isInstanceOf(DetectorModelException.class)
                .hasMessage("ONNX model " + model.toAbsolutePath() + ": expected an output of shape [1, N, 7] "
                        + "(YOLOv5) or [1, 6, N] (YOLOv8) for 2 class name(s), format AUTO, got [1, 3, 9]");
    }

    private static OnnxDetectorConfig config(Path model, YoloFormat format) {
        return new OnnxDetectorConfig(model, CLASSES, INPUT, 0.5, 0.45, format);
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static VideoFrame solid(int b, int g, int r) {
        byte[] bgr = new byte[WIDTH * HEIGHT * 3];
        for (int i = 0; i < bgr.length; i += 3) {
            bgr[i] = (byte) b;
            bgr[i + 1] = (byte) g;
            bgr[i + 2] = (byte) r;
        }
        return new VideoFrame("onnx", 0, Instant.EPOCH, WIDTH, HEIGHT, bgr);
    }

    private static void assertBox(Box box, double x, double y, double w, double h) {
        double[] got = {box.x(), box.y(), box.width(), box.height()};
        double[] want = {x, y, w, h};
        for (int i = 0; i < 4; i++) {
            assertThat(got[i]).as("box %s vs %s", box, Arrays.toString(want)).isCloseTo(want[i], within(0.01));
        }
    }
}
