package org.xueliang.analytics.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.SyntheticScene;
import org.xueliang.analytics.motion.ShakenScene.Thing;
import org.xueliang.ingest.VideoFrame;

/** The motion detector on a camera that shakes: {@link ShakeCompensator} at work. */
class ShakeCompensationTest {
    private static final int W = 640;
    private static final int H = 480;
    private static final int WARMUP = MotionConfig.defaults().warmupFrames();
    /** Blur and two dilations widen a blob by a few working pixels (4 frame pixels each). */
    private static final double EDGE_TOLERANCE = 0.04;

    private final ShakenScene scene = new ShakenScene(W, H, 3);

    @ParameterizedTest
    @CsvSource({"6, -4", "-2.5, 1.5", "13.25, 7.75", "-20, -11"})
    void shiftOfTheWholePictureIsMeasuredWithinHalfAPixel(double dx, double dy) {
        try (MotionDetector detector = new OpenCvMotionDetector(MotionConfig.defaults())) {
            for (int i = 0; i < WARMUP + 5; i++) {
                detector.detect(scene.frame(i, 0, 0));
            }
            MotionResult r = detector.detect(scene.frame(WARMUP + 5, dx, dy));

            assertThat(r.calibrating()).isFalse();
            assertThat(r.shake().dx()).isCloseTo(dx, within(0.5));
            assertThat(r.shake().dy()).isCloseTo(dy, within(0.5));
            assertThat(r.blobs()).isEmpty();
        }
    }

    @Test
    void shakenStaticSceneGivesNoForeground() {
        try (MotionDetector detector = new OpenCvMotionDetector(MotionConfig.defaults())) {
            // shaking from the first frame on, the warm-up included
            for (int i = 0; i < 60; i++) {
                MotionResult r = detector.detect(scene.frame(i, swayX(i, 18), swayY(i, 12)));
                assertThat(r.blobs()).as("frame %d", i).isEmpty();
                assertThat(r.changedFraction()).as("frame %d", i).isLessThan(0.001);
            }
            assertThat(detector.motionMask().count()).isZero();
        }
    }

    @Test
    void withoutCompensationTheSameShakeIsMotion() {
        MotionConfig d = MotionConfig.defaults();
        MotionConfig off = new MotionConfig(d.workingHeight(), d.blurKernel(), d.backgroundAlpha(), d.pixelThreshold(),
                d.dilateIterations(), d.minBlobArea(), d.recalibrationFraction(), d.recalibrationFrames(),
                d.warmupFrames(), 0);
        int framesWithBlobs = 0;
        try (MotionDetector detector = new OpenCvMotionDetector(off)) {
            for (int i = 0; i < 30; i++) {
                MotionResult r = detector.detect(scene.frame(i, swayX(i, 18), swayY(i, 12)));
                assertThat(r.shake()).isEqualTo(CameraShift.NONE);
                framesWithBlobs += r.blobs().isEmpty() ? 0 : 1;
            }
        }
        assertThat(framesWithBlobs).isGreaterThan(10);
    }

    @Test
    void objectMovingInAShakenSceneIsStillFoundWhereItIs() {
        try (MotionDetector detector = new OpenCvMotionDetector(MotionConfig.defaults())) {
            for (int i = 0; i < 20; i++) {
                detector.detect(scene.frame(i, swayX(i, 6), swayY(i, 4)));
            }
            for (int k = 0; k < 12; k++) {
                int i = 20 + k;
                double dx = swayX(i, 6);
                double dy = swayY(i, 4);
                Thing person = new Thing(100 + 15 * k, 220, 40, 110);
                MotionResult r = detector.detect(scene.frame(i, dx, dy, person));

                assertThat(r.calibrating()).as("frame %d", i).isFalse();
                assertThat(r.blobs()).as("frame %d", i).hasSize(1);
                Box box = r.blobs().get(0).box();
                assertThat(box.x()).as("frame %d", i).isCloseTo((person.x() + dx) / W, within(EDGE_TOLERANCE));
                assertThat(box.y()).as("frame %d", i).isCloseTo((person.y() + dy) / H, within(EDGE_TOLERANCE));
                assertThat(box.x() + box.width()).as("frame %d", i)
                        .isCloseTo((person.x() + person.width() + dx) / W, within(EDGE_TOLERANCE));
                assertThat(box.y() + box.height()).as("frame %d", i)
                        .isCloseTo((person.y() + person.height() + dy) / H, within(EDGE_TOLERANCE));
            }
        }
    }

    @Test
    void moveBeyondTheLargestShakeIsACameraMoveThatRecalibrates() {
        MotionConfig config = MotionConfig.defaults();
        try (MotionDetector detector = new OpenCvMotionDetector(config)) {
            for (int i = 0; i < WARMUP + 5; i++) {
                detector.detect(scene.frame(i, 0, 0));
            }
            // 40 px is more than maxShake (5% of 640 = 32 px): the camera was turned or knocked
            int i = WARMUP + 5;
            MotionResult moved = detector.detect(scene.frame(i, 40, 0));
            assertThat(moved.calibrating()).isTrue();
            assertThat(moved.blobs()).isEmpty();
            assertThat(moved.shake().dx()).isCloseTo(40, within(1.0));
            for (int k = 1; k <= config.recalibrationFrames(); k++) {
                assertThat(detector.detect(scene.frame(i + k, 40, 0)).calibrating()).as("frame %d", i + k).isTrue();
            }
            // the new view is the background now: steady, and a walker on it is found
            MotionResult settled = detector.detect(scene.frame(i + 10, 40, 0));
            assertThat(settled.calibrating()).isFalse();
            assertThat(settled.shake()).isEqualTo(CameraShift.NONE);
            assertThat(settled.blobs()).isEmpty();
            Thing person = new Thing(300, 200, 40, 110);
            MotionResult walker = detector.detect(scene.frame(i + 11, 40, 0, person));
            assertThat(walker.blobs()).hasSize(1);
            assertThat(walker.blobs().get(0).box().x()).isCloseTo(340.0 / W, within(EDGE_TOLERANCE));
        }
    }

    @Test
    void lightsSwitchedOnWhileShakingRecalibratesInsteadOfReportingMotion() {
        MotionConfig config = MotionConfig.defaults();
        try (MotionDetector detector = new OpenCvMotionDetector(config)) {
            for (int i = 0; i < 20; i++) {
                detector.detect(scene.frame(i, swayX(i, 6), swayY(i, 4)));
            }
            MotionResult jump = detector.detect(scene.frame(20, swayX(20, 6), swayY(20, 4), 60));
            assertThat(jump.calibrating()).isTrue();
            assertThat(jump.changedFraction()).isGreaterThan(config.recalibrationFraction());
            for (int i = 21; i < 40; i++) {
                MotionResult r = detector.detect(scene.frame(i, swayX(i, 6), swayY(i, 4), 60));
                assertThat(r.blobs()).as("frame %d", i).isEmpty();
            }
        }
    }

    @Test
    void walkerOnRepeatingPavingIsMotionNotACameraJumpingByAPeriod() {
        // paving stones 32 px square: the scene correlates with itself at every whole period,
        // so a bright walker stepping in can move the correlation peak to one
        try (MotionDetector detector = new OpenCvMotionDetector(MotionConfig.defaults())) {
            for (int i = 0; i < WARMUP + 5; i++) {
                assertThat(detector.detect(paving(i, -1)).blobs()).as("frame %d", i).isEmpty();
            }
            for (int k = 0; k < 12; k++) {
                int i = WARMUP + 5 + k;
                int top = 20 + 25 * k;
                MotionResult r = detector.detect(paving(i, top));

                assertThat(r.calibrating()).as("frame %d", i).isFalse();
                assertThat(r.shake()).as("frame %d", i).isEqualTo(CameraShift.NONE);
                assertThat(r.blobs()).as("frame %d", i).hasSize(1);
                Box box = r.blobs().get(0).box();
                assertThat(box.x()).as("frame %d", i).isCloseTo(296.0 / W, within(EDGE_TOLERANCE));
                assertThat(box.width()).as("frame %d", i).isLessThan(0.15);
            }
        }
    }

    @Test
    void ballMovingOnBlackIsMotionThoughNothingElseCouldAnchorTheShift() {
        // a test pattern: the ball is all the picture has, so any correlation peak is the ball's
        try (MotionDetector detector = new OpenCvMotionDetector(MotionConfig.defaults())) {
            for (int i = 0; i < WARMUP + 5; i++) {
                detector.detect(ball(i, 100 + 4 * i));
            }
            int found = 0;
            for (int k = 0; k < 20; k++) {
                int i = WARMUP + 5 + k;
                MotionResult r = detector.detect(ball(i, 100 + 4 * i));
                assertThat(r.shake()).as("frame %d", i).isEqualTo(CameraShift.NONE);
                found += r.blobs().size() == 1 ? 1 : 0;
            }
            assertThat(found).isEqualTo(20);
        }
    }

    /** A white ball 40 px across at column {@code x} on a black picture. */
    private static VideoFrame ball(long sequence, int x) {
        byte[] bgr = new byte[W * H * 3];
        for (int y = 200; y < 240; y++) {
            for (int c = x; c < x + 40 && c < W; c++) {
                int i = (y * W + c) * 3;
                bgr[i] = (byte) 255;
                bgr[i + 1] = (byte) 255;
                bgr[i + 2] = (byte) 255;
            }
        }
        return new VideoFrame("ball", sequence, SyntheticScene.timeOf(sequence), W, H, bgr);
    }

    /** Square paving with a bright walker 48x120 px from row {@code top} down, none when negative. */
    private static VideoFrame paving(long sequence, int top) {
        byte[] bgr = new byte[W * H * 3];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                boolean walker = top >= 0 && x >= 296 && x < 344 && y >= top && y < top + 120;
                int grey = walker ? 235 : (x / 32 + y / 32) % 2 == 0 ? 80 : 110;
                int i = (y * W + x) * 3;
                bgr[i] = (byte) grey;
                bgr[i + 1] = (byte) grey;
                bgr[i + 2] = (byte) grey;
            }
        }
        return new VideoFrame("paving", sequence, SyntheticScene.timeOf(sequence), W, H, bgr);
    }

    /** A pole swaying in wind: two incommensurate sines, up to {@code amplitude} pixels. */
    private static double swayX(int frame, double amplitude) {
        return amplitude * (0.7 * Math.sin(frame * 1.9) + 0.3 * Math.sin(frame * 4.7 + 1));
    }

    private static double swayY(int frame, double amplitude) {
        return amplitude * (0.7 * Math.sin(frame * 1.3 + 2) + 0.3 * Math.sin(frame * 3.7));
    }
}
