package org.xueliang.analytics.detect;

/** How a YOLO-style network lays out its output tensor, for C classes and N candidates. */
public enum YoloFormat {
    /** Tell by the shape: {@link #V5} when a row holds 5+C values, else {@link #V8}. */
    AUTO,
    /** YOLOv5/v7: {@code [1, N, 5+C]}, rows of cx, cy, w, h, objectness, C class scores. */
    V5,
    /** YOLOv8/v11: {@code [1, 4+C, N]} (or transposed {@code [1, N, 4+C]}): cx, cy, w, h, C class scores. */
    V8
}
