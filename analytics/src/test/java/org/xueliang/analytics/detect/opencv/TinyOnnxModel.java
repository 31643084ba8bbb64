package org.xueliang.analytics.detect.opencv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a tiny ONNX model by hand (protobuf wire format, field numbers from onnx.proto3):
 * {@code output = Reshape(Conv(GlobalAveragePool(images), W, B), shape)}. With W all zero the
 * output is the constant B; a non-zero weight makes an output value follow the mean of an input
 * channel, which lets a test check the detector's pre-processing. No model can be downloaded
 * here, and this one's output is known exactly.
 */
public final class TinyOnnxModel {
    private static final int FLOAT = 1;
    private static final int INT64 = 7;
    private static final int ATTRIBUTE_INTS = 7;

    private TinyOnnxModel() {
    }

    /**
     * @param inputSize   side of the square input {@code [1, 3, S, S]}
     * @param outputShape shape of the output; its element count M is the Conv's output channels
     * @param bias        M values: the output when the weights are zero
     * @param weights     M x 3 weights on the mean of input channels 0..2 (R, G, B after swapRB)
     * @return the model file's bytes
     */
    public static byte[] build(int inputSize, long[] outputShape, float[] bias, float[][] weights) {
        int m = bias.length;
        float[] w = new float[m * 3];
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < 3; c++) {
                w[i * 3 + c] = weights[i][c];
            }
        }
        Proto graph = new Proto()
                .message(1, node("GlobalAveragePool", new String[] {"images"}, "pooled", null))
                .message(1, node("Conv", new String[] {"pooled", "W", "B"}, "conv",
                        new Proto().string(1, "kernel_shape").int64s(8, new long[] {1, 1}).varint(20, ATTRIBUTE_INTS)))
                .message(1, node("Reshape", new String[] {"conv", "shape"}, "output", null))
                .string(2, "tiny-yolo")
                .message(5, floatTensor("W", new long[] {m, 3, 1, 1}, w))
                .message(5, floatTensor("B", new long[] {m}, bias))
                .message(5, new Proto().int64s(1, new long[] {outputShape.length}).varint(2, INT64)
                        .int64s(7, outputShape).string(8, "shape"))
                .message(11, valueInfo("images", new long[] {1, 3, inputSize, inputSize}))
                .message(12, valueInfo("output", outputShape));
        Proto model = new Proto()
                .varint(1, 7)
                .string(2, "xueliang-test")
                .message(7, graph)
                .message(8, new Proto().string(1, "").varint(2, 13));
        return model.bytes();
    }

    private static Proto node(String op, String[] inputs, String output, Proto attribute) {
        Proto node = new Proto();
        for (String in : inputs) {
            node.string(1, in);
        }
        node.string(2, output).string(3, op + "_" + output).string(4, op);
        if (attribute != null) {
            node.message(5, attribute);
        }
        return node;
    }

    private static Proto floatTensor(String name, long[] dims, float[] values) {
        return new Proto().int64s(1, dims).varint(2, FLOAT).floats(4, values).string(8, name);
    }

    private static Proto valueInfo(String name, long[] dims) {
        Proto shape = new Proto();
        for (long d : dims) {
            shape.message(1, new Proto().varint(1, d));
        }
        Proto tensor = new Proto().varint(1, FLOAT).message(2, shape);
        return new Proto().string(1, name).message(2, new Proto().message(1, tensor));
    }

    /** A protobuf message being written. */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto varint(int field, long value) {
            tag(field, 0);
            raw(value);
            return this;
        }

        Proto string(int field, String value) {
            return bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Proto message(int field, Proto message) {
            return bytes(field, message.bytes());
        }

        /** Packed repeated int64. */
        Proto int64s(int field, long[] values) {
            Proto packed = new Proto();
            for (long v : values) {
                packed.raw(v);
            }
            return bytes(field, packed.bytes());
        }

        /** Packed repeated float, little-endian. */
        Proto floats(int field, float[] values) {
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            for (float v : values) {
                int bits = Float.floatToIntBits(v);
                for (int i = 0; i < 4; i++) {
                    packed.write(bits >>> (8 * i));
                }
            }
            return bytes(field, packed.toByteArray());
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private Proto bytes(int field, byte[] value) {
            tag(field, 2);
            raw(value.length);
            out.writeBytes(value);
            return this;
        }

        private void tag(int field, int wireType) {
            raw(((long) field << 3) | wireType);
        }

        private void raw(long value) {
            long v = value;
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
    }
}
