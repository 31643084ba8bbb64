package org.xueliang.analytics.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the candidates out of a YOLO-style output tensor. Pure; the boxes stay in the network's
 * input pixels, for the caller to undo its letterbox and run non-maximum suppression.
 */
public final class YoloDecoder {
    private final Layout layout;
    private final int classes;
    private final int count;

    /** One candidate box above the score threshold. */
    public record Candidate(int classId, float score, float cx, float cy, float width, float height) {
    }

    private enum Layout { V5_ROWS, V8_COLUMNS, V8_ROWS }

    private YoloDecoder(Layout layout, int classes, int count) {
        this.layout = layout;
        this.classes = classes;
        this.count = count;
    }

    /**
     * Works out how to read an output tensor of the given shape.
     *
     * @param shape   the output tensor's dimensions
     * @param classes number of classes the configuration names
     * @param format  the configured layout, or {@link YoloFormat#AUTO}
     * @return a decoder for that shape
     * @throws IllegalArgumentException when the shape fits no layout, naming what was expected
     */
    public static YoloDecoder forShape(int[] shape, int classes, YoloFormat format) {
        int[] dims = squeeze(shape);
        if (dims.length == 2) {
            int a = dims[0];
            int b = dims[1];
            boolean v5 = b == 5 + classes;
            boolean v8Columns = a == 4 + classes;
            boolean v8Rows = b == 4 + classes;
            if ((format == YoloFormat.V5 || format == YoloFormat.AUTO) && v5) {
                return new YoloDecoder(Layout.V5_ROWS, classes, a);
            }
            if ((format == YoloFormat.V8 || format == YoloFormat.AUTO) && v8Columns) {
                return new YoloDecoder(Layout.V8_COLUMNS, classes, b);
            }
            if ((format == YoloFormat.V8 || format == YoloFormat.AUTO) && v8Rows) {
                return new YoloDecoder(Layout.V8_ROWS, classes, a);
            }
        }
        throw new IllegalArgumentException("expected an output of shape [1, N, " + (5 + classes) + "] (YOLOv5) or [1, "
                + (4 + classes) + ", N] (YOLOv8) for " + classes + " class name(s), format " + format + ", got "
                + Arrays.toString(shape));
    }

    /** @return candidates in the tensor */
    public int count() {
        return count;
    }

    /**
     * @param data     the tensor's values in row-major order
     * @param minScore smallest score kept (objectness times class score for YOLOv5)
     * @return candidates whose best class scores at least {@code minScore}
     */
    public List<Candidate> decode(float[] data, double minScore) {
        int stride = layout == Layout.V5_ROWS ? 5 + classes : 4 + classes;
        if (data.length != stride * count) {
            throw new IllegalArgumentException("output holds " + data.length + " values, expected " + stride * count);
        }
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Candidate c = candidate(data, i);
            if (c != null && c.score() >= minScore) {
                found.add(c);
            }
        }
        return found;
    }

    private Candidate candidate(float[] data, int i) {
        int firstClass = layout == Layout.V5_ROWS ? 5 : 4;
        float objectness = layout == Layout.V5_ROWS ? value(data, i, 4) : 1f;
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            float s = value(data, i, firstClass + c);
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        float score = objectness * bestScore;
        if (!Float.isFinite(score)) {
            return null;
        }
        return new Candidate(best, score, value(data, i, 0), value(data, i, 1), value(data, i, 2), value(data, i, 3));
    }

    /** Field {@code f} of candidate {@code i}, whichever way the tensor is laid out. */
    private float value(float[] data, int i, int f) {
        return switch (layout) {
            case V5_ROWS -> data[i * (5 + classes) + f];
            case V8_ROWS -> data[i * (4 + classes) + f];
            case V8_COLUMNS -> data[f * count + i];
        };
    }

    private static int[] squeeze(int[] shape) {
        int start = 0;
        while (shape.length - start > 2 && shape[start] == 1) {
            start++;
        }
        return Arrays.copyOfRange(shape, start, shape.length);
    }
}
