package org.xueliang.analytics.detect.opencv;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.copyMakeBorder;
import static org.bytedeco.opencv.global.opencv_dnn.NMSBoxes;
import static org.bytedeco.opencv.global.opencv_dnn.blobFromImage;
import static org.bytedeco.opencv.global.opencv_dnn.readNetFromONNX;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_dnn.Net;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.detect.Detection;
import org.xueliang.analytics.detect.DetectorModelException;
import org.xueliang.analytics.detect.ObjectDetector;
import org.xueliang.analytics.detect.OnnxDetectorConfig;
import org.xueliang.analytics.detect.YoloDecoder;
import org.xueliang.ingest.VideoFrame;

/**
 * A YOLO-style ONNX network through OpenCV DNN ({@code readNetFromONNX}). Each region is
 * letterboxed into the square input (scaled to fit, centred, padded with grey 114), converted to
 * RGB 0..1; the output is decoded by {@link YoloDecoder}, boxes mapped back through the
 * letterbox, and overlapping boxes of one class removed by OpenCV's {@code NMSBoxes}.
 *
 * <p>The model is checked when the detector is built: a blank input is run through it and the
 * output shape must fit the configured classes and format.
 */
public final class OnnxYoloDetector implements ObjectDetector {
    private static final double PAD_GREY = 114;

    private final OnnxDetectorConfig config;
    private final Net net;
    private final YoloDecoder decoder;
    private final FrameBuffer buffer = new FrameBuffer();
    private final Size inputSize;
    private final Scalar padColour = new Scalar(PAD_GREY, PAD_GREY, PAD_GREY, 0);
    private final Scalar zero = new Scalar(0, 0, 0, 0);

    /** @throws DetectorModelException for a missing, unreadable or incompatible model */
    public OnnxYoloDetector(OnnxDetectorConfig config) {
        this.config = config;
        this.inputSize = new Size(config.inputSize(), config.inputSize());
        this.net = load(config.model());
        try {
            this.decoder = probe();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public List<Detection> detect(VideoFrame frame, List<Box> regions) {
        buffer.load(frame);
        List<Detection> found = new ArrayList<>();
        for (Box box : regions) {
            try (FrameBuffer.Region region = buffer.region(box, 0)) {
                if (region != null) {
                    found.addAll(detectIn(region));
                }
            }
        }
        return found;
    }

    @Override
    public void close() {
        if (net != null) {
            net.close();
        }
        buffer.close();
        inputSize.close();
        padColour.close();
        zero.close();
    }

    private List<Detection> detectIn(FrameBuffer.Region region) {
        int s = config.inputSize();
        int w = region.image().cols();
        int h = region.image().rows();
        double r = Math.min(s / (double) w, s / (double) h);
        int nw = Math.max(1, (int) Math.round(w * r));
        int nh = Math.max(1, (int) Math.round(h * r));
        int padX = (s - nw) / 2;
        int padY = (s - nh) / 2;
        float[] output;
        try (Mat resized = new Mat(); Mat boxed = new Mat(); Size size = new Size(nw, nh)) {
            resize(region.image(), resized, size, 0, 0, INTER_LINEAR);
            copyMakeBorder(resized, boxed, padY, s - nh - padY, padX, s - nw - padX, BORDER_CONSTANT, padColour);
            output = forward(boxed);
        }
        List<YoloDecoder.Candidate> candidates = decoder.decode(output, config.confidence());
        List<Detection> found = new ArrayList<>();
        for (int keep : suppress(candidates)) {
            YoloDecoder.Candidate c = candidates.get(keep);
            double x = (c.cx() - c.width() / 2 - padX) / r;
            double y = (c.cy() - c.height() / 2 - padY) / r;
            Box b = region.toFrame(x, y, c.width() / r, c.height() / r, buffer.width(), buffer.height());
            if (b.width() > 0 && b.height() > 0) {
                found.add(new Detection(config.classNames().get(c.classId()), Math.min(1, c.score()), b));
            }
        }
        return found;
    }

    private float[] forward(Mat image) {
        try (Mat blob = blobFromImage(image, 1 / 255.0, inputSize, zero, true, false, CV_32F)) {
            net.setInput(blob);
            try (Mat out = net.forward()) {
                float[] values = new float[(int) out.total()];
                ((FloatBuffer) out.createBuffer()).get(values);
                return values;
            }
        }
    }

    /** @return indices of the candidates kept by per-class non-maximum suppression */
    private List<Integer> suppress(List<YoloDecoder.Candidate> candidates) {
        List<Integer> kept = new ArrayList<>();
        for (int cls = 0; cls < config.classNames().size(); cls++) {
            List<Integer> ofClass = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (candidates.get(i).classId() == cls) {
                    ofClass.add(i);
                }
            }
            if (!ofClass.isEmpty()) {
                for (int k : nms(candidates, ofClass)) {
                    kept.add(ofClass.get(k));
                }
            }
        }
        return kept;
    }

    private int[] nms(List<YoloDecoder.Candidate> candidates, List<Integer> ofClass) {
        try (RectVector rects = new RectVector(); FloatPointer scores = new FloatPointer(ofClass.size());
                IntPointer indices = new IntPointer()) {
            for (int k = 0; k < ofClass.size(); k++) {
                YoloDecoder.Candidate c = candidates.get(ofClass.get(k));
                try (Rect rect = new Rect(Math.round(c.cx() - c.width() / 2), Math.round(c.cy() - c.height() / 2),
                        Math.round(c.width()), Math.round(c.height()))) {
                    rects.push_back(rect);
                }
                scores.put(k, c.score());
            }
            NMSBoxes(rects, scores, (float) config.confidence(), (float) config.nmsThreshold(), indices);
            int[] kept = new int[(int) indices.limit()];
            indices.get(kept);
            return kept;
        }
    }

    private static Net load(Path model) {
        if (!Files.isRegularFile(model)) {
            throw new DetectorModelException("ONNX model " + model.toAbsolutePath()
                    + ": no such file; expected a YOLO-style network exported to ONNX");
        }
        Net loaded;
        try {
            loaded = readNetFromONNX(model.toAbsolutePath().toString());
        } catch (RuntimeException e) {
            throw new DetectorModelException("ONNX model " + model.toAbsolutePath()
                    + ": OpenCV DNN cannot read it (" + firstLine(e.getMessage())
                    + "); expected a valid ONNX network with operators OpenCV supports", e);
        }
        if (loaded.empty()) {
            loaded.close();
            throw new DetectorModelException("ONNX model " + model.toAbsolutePath() + ": OpenCV DNN read an empty network");
        }
        return loaded;
    }

    /** Runs a grey picture through the network to learn, and check, its output shape. */
    private YoloDecoder probe() {
        int s = config.inputSize();
        String where = "ONNX model " + config.model().toAbsolutePath() + ": ";
        try (Mat grey = new Mat(s, s, CV_8UC3, padColour);
                Mat blob = blobFromImage(grey, 1 / 255.0, inputSize, zero, true, false, CV_32F)) {
            net.setInput(blob);
            try (Mat out = net.forward()) {
                int[] shape = new int[out.dims()];
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = out.size(i);
                }
                return YoloDecoder.forShape(shape, config.classNames().size(), config.format());
            }
        } catch (IllegalArgumentException e) {
            throw new DetectorModelException(where + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new DetectorModelException(where + "running it on a [1, 3, " + s + ", " + s
                    + "] input failed (" + firstLine(e.getMessage()) + "); expected a network taking that input", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
