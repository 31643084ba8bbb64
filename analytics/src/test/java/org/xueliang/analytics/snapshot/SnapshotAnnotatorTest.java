package org.xueliang.analytics.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.Point;
import org.xueliang.ingest.VideoFrame;

class SnapshotAnnotatorTest {
    private static final int W = 640;
    private static final int H = 480;
    private static final byte GREY = (byte) 128;

    /** Zone in the upper left, box in the lower right: they do not overlap. */
    private static final List<Point> ZONE =
            List.of(new Point(0.05, 0.05), new Point(0.4, 0.05), new Point(0.4, 0.4), new Point(0.05, 0.4));
    private static final Box BOX = new Box(0.5, 0.5, 0.25, 0.25);

    @Test
    void drawsALineOpenAndUnfilled() {
        // a tripwire along three sides of the zone's square: the fourth side stays undrawn
        List<Point> tripwire = List.of(new Point(0.05, 0.05), new Point(0.4, 0.05), new Point(0.4, 0.4),
                new Point(0.05, 0.4));
        byte[] jpeg = new SnapshotAnnotator().annotate(greyFrame(), tripwire, false, List.of());
        try (Mat decoded = decode(jpeg)) {
            // the top edge at y = 0.05 * 480 = 24 is yellow
            assertThat(bgrAt(decoded, 130, 24)).satisfies(p -> {
                assertThat(p[2]).as("red").isGreaterThan(200);
                assertThat(p[1]).as("green").isGreaterThan(200);
                assertThat(p[0]).as("blue").isLessThan(60);
            });
            // no closing edge at x = 32 and no fill inside
            assertGrey(bgrAt(decoded, 32, 100));
            assertGrey(bgrAt(decoded, 130, 100));
        }
    }

    @Test
    void encodesAPictureUnmarked() {
        byte[] jpeg = new SnapshotAnnotator().encode(greyFrame());
        try (Mat decoded = decode(jpeg)) {
            assertThat(decoded.cols()).isEqualTo(W);
            assertGrey(bgrAt(decoded, 32, 100));
            assertGrey(bgrAt(decoded, 320, 360));
        }
    }

    @Test
    void drawsZoneAndBoxOnACopyAndEncodesJpeg() {
        VideoFrame frame = greyFrame();
        byte[] original = frame.bgr().clone();

        byte[] jpeg = new SnapshotAnnotator().annotate(frame, ZONE, List.of(BOX));

        assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(frame.bgr()).as("frame pixels untouched").isEqualTo(original);
        try (Mat decoded = decode(jpeg)) {
            assertThat(decoded.cols()).isEqualTo(W);
            assertThat(decoded.rows()).isEqualTo(H);
            // left edge of the box at x = 320, halfway down the box; BGR red
            assertThat(bgrAt(decoded, 320, 360)).satisfies(p -> {
                assertThat(p[2]).as("red").isGreaterThan(200);
                assertThat(p[1]).as("green").isLessThan(60);
                assertThat(p[0]).as("blue").isLessThan(60);
            });
            // zone outline at x = 0.05 * 640 = 32 is yellow (no blue)
            assertThat(bgrAt(decoded, 32, 100)).satisfies(p -> {
                assertThat(p[2]).as("red").isGreaterThan(200);
                assertThat(p[1]).as("green").isGreaterThan(200);
                assertThat(p[0]).as("blue").isLessThan(60);
            });
            // inside the zone the fill tints the grey towards yellow, but lightly
            assertThat(bgrAt(decoded, 130, 100)).satisfies(p -> {
                assertThat(p[0]).as("blue").isBetween(90, 120);
                assertThat(p[2]).as("red").isBetween(140, 175);
            });
            // inside the box and far from every mark the picture stays grey
            assertGrey(bgrAt(decoded, 400, 300));
            assertGrey(bgrAt(decoded, 600, 50));
        }
    }

    @Test
    void higherQualityGivesLargerFile() {
        VideoFrame frame = noisyFrame();
        byte[] low = new SnapshotAnnotator(30).annotate(frame, ZONE, List.of(BOX));
        byte[] high = new SnapshotAnnotator(95).annotate(frame, ZONE, List.of(BOX));

        assertThat(high.length).isGreaterThan(low.length);
    }

    @Test
    void boxesOnTheFrameEdgeAreClippedNotRejected() {
        byte[] jpeg = new SnapshotAnnotator().annotate(greyFrame(), List.of(), List.of(new Box(0.9, 0.9, 0.2, 0.2)));

        try (Mat decoded = decode(jpeg)) {
            assertThat(bgrAt(decoded, W - 2, 470)[2]).isGreaterThan(200);
        }
    }

    @Test
    void rejectsQualityOutOfRange() {
        assertThatThrownBy(() -> new SnapshotAnnotator(0))
                .hasMessage("JPEG quality must be between 1 and 100, got 0");
    }

    private static VideoFrame greyFrame() {
        byte[] bgr = new byte[W * H * 3];
        Arrays.fill(bgr, GREY);
        return new VideoFrame("cam-1", 0, Instant.EPOCH, W, H, bgr);
    }

    private static VideoFrame noisyFrame() {
        byte[] bgr = new byte[W * H * 3];
        new Random(3).nextBytes(bgr);
        return new VideoFrame("cam-1", 0, Instant.EPOCH, W, H, bgr);
    }

    static Mat decode(byte[] jpeg) {
        try (BytePointer bytes = new BytePointer(jpeg); Mat encoded = new Mat(1, jpeg.length, CV_8UC1, bytes)) {
            Mat decoded = imdecode(encoded, IMREAD_COLOR);
            assertThat(decoded.empty()).as("JPEG decodes").isFalse();
            return decoded;
        }
    }

    private static void assertGrey(int[] bgr) {
        for (int v : bgr) {
            assertThat(v).isBetween(120, 136);
        }
    }

    private static int[] bgrAt(Mat picture, int x, int y) {
        byte[] pixel = new byte[3];
        picture.ptr(y, x).get(pixel);
        return new int[] {pixel[0] & 0xff, pixel[1] & 0xff, pixel[2] & 0xff};
    }
}
