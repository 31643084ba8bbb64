package org.xueliang.analytics.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.SyntheticScene;
import org.xueliang.analytics.SyntheticScene.Rect;

class OpenCvMotionDetectorTest {
    private static final int W = 640;
    private static final int H = 480;
    /** Blur and two dilations widen a blob by a few working pixels (4 frame pixels each). */
    private static final double EDGE_TOLERANCE = 0.04;

    private final SyntheticScene scene = new SyntheticScene(W, H, 42, 10);

    @Test
    void movingRectangleIsFoundWhereItIs() {
        try (MotionDetector detector = new OpenCvMotionDetector(MotionConfig.defaults())) {
            // long enough for the start-up learning to have slowed down to backgroundAlpha
            learnStaticScene(detector, 50);
            MotionResult last = null;
            Rect rect = null;
            for (int k = 0; k < 10; k++) {
                rect = new Rect(100 + 12 * k, 200, 80, 120);
                last = detector.detect(scene.frame(50 + k, 0, rect));
            }

            assertThat(last.calibrating()).isFalse();
            assertThat(last.blobs()).hasSize(1);
            Box box = last.blobs().get(0).box();
            assertThat(box.x()).isCloseTo(rect.x() / (double) W, within(EDGE_TOLERANCE));
            assertThat(box.y()).isCloseTo(rect.y() / (double) H, within(EDGE_TOLERANCE));
            assertThat(box.x() + box.width())
                    .isCloseTo((rect.x() + rect.width()) / (double) W, within(EDGE_TOLERANCE));
            assertThat(box.y() + box.height())
                    .isCloseTo((rect.y() + rect.height()) / (double) H, within(EDGE_TOLERANCE));
            double rectArea = rect.width() * rect.height() / (double) (W * H);
            assertThat(last.blobs().get(0).area()).isBetween(rectArea * 0.8, rectArea * 1.6);

            MotionMask mask = detector.motionMask();
            assertThat(mask.width()).isEqualTo(160);
            assertThat(mask.height()).isEqualTo(120);
            assertThat(mask.isSet((rect.x() + rect.width() / 2) / 4, (rect.y() + rect.height() / 2) / 4)).isTrue();
            assertThat(mask.isSet(150, 10)).isFalse();
        }
    }

    @Test
    void passersByDuringWarmUpLeaveNoGhostOrTrail() {
        int warmup = MotionConfig.defaults().warmupFrames();
        try (MotionDetector detector = new OpenCvMotionDetector(MotionConfig.defaults())) {
            Rect standing = new Rect(400, 150, 80, 160);
            for (int i = 0; i < warmup; i++) {
                // one stands in the first two pictures, another walks across the whole warm-up
                Rect walker = new Rect(20 + 40 * i, 300, 60, 120);
                MotionResult r = i < 2
                        ? detector.detect(scene.frame(i, 0, standing, walker))
                        : detector.detect(scene.frame(i, 0, walker));
                assertThat(r.calibrating()).as("frame %d", i).isTrue();
                assertThat(r.blobs()).isEmpty();
            }
            for (int i = warmup; i < warmup + 20; i++) {
                MotionResult r = detector.detect(scene.frame(i));
                assertThat(r.calibrating()).as("frame %d", i).isFalse();
                assertThat(r.blobs()).as("frame %d", i).isEmpty();
            }
        }
    }

    @Test
    void staticNoisySceneGivesNoMotion() {
        try (MotionDetector detector = new OpenCvMotionDetector(MotionConfig.defaults())) {
            int warmup = MotionConfig.defaults().warmupFrames();
            learnStaticScene(detector, warmup);
            for (int i = warmup; i < 60; i++) {
                MotionResult r = detector.detect(scene.frame(i));
                assertThat(r.calibrating()).as("frame %d", i).isFalse();
                assertThat(r.blobs()).as("frame %d", i).isEmpty();
                assertThat(r.changedFraction()).as("frame %d", i).isLessThan(0.001);
            }
            assertThat(detector.motionMask().count()).isZero();
        }
    }

    @Test
    void suddenGlobalBrightnessChangeRecalibratesInsteadOfReportingMotion() {
        MotionConfig config = MotionConfig.defaults();
        try (MotionDetector detector = new OpenCvMotionDetector(config)) {
            learnStaticScene(detector, 20);

            MotionResult jump = detector.detect(scene.frame(20, 70));
            assertThat(jump.calibrating()).isTrue();
            assertThat(jump.blobs()).isEmpty();
            assertThat(jump.changedFraction()).isGreaterThan(config.recalibrationFraction());
            assertThat(detector.motionMask().count()).isZero();

            List<Boolean> calibrating = new ArrayList<>();
            for (int i = 21; i <= 21 + config.recalibrationFrames(); i++) {
                MotionResult r = detector.detect(scene.frame(i, 70));
                assertThat(r.blobs()).as("frame %d", i).isEmpty();
                calibrating.add(r.calibrating());
            }
            // the jump frame plus recalibrationFrames frames are suppressed, then detection resumes
            assertThat(calibrating).containsExactly(true, true, true, false);

            Rect rect = new Rect(300, 100, 80, 120);
            MotionResult after = detector.detect(scene.frame(30, 70, rect));
            assertThat(after.calibrating()).isFalse();
            assertThat(after.blobs()).hasSize(1);
            assertThat(after.blobs().get(0).box().x()).isCloseTo(300 / (double) W, within(EDGE_TOLERANCE));
        }
    }

    @Test
    void blobsBelowMinimumSizeAreIgnored() {
        MotionConfig config = new MotionConfig(120, 5, 0.02, 25, 2, 0.01, 0.5, 3, 9, 0.05);
        try (MotionDetector detector = new OpenCvMotionDetector(config)) {
            learnStaticScene(detector, 10);
            Rect small = new Rect(40, 40, 16, 16);
            Rect large = new Rect(400, 300, 100, 100);
            MotionResult r = detector.detect(scene.frame(10, 0, small, large));

            assertThat(r.blobs()).hasSize(1);
            assertThat(r.blobs().get(0).box().x()).isCloseTo(400 / (double) W, within(EDGE_TOLERANCE));
            // the small one is still in the mask, only not reported as a blob
            assertThat(detector.motionMask().isSet(48 / 4, 48 / 4)).isTrue();
        }
    }

    @Test
    void frameSizeChangeRestartsTheBackgroundAtTheNewSize() {
        SyntheticScene wide = new SyntheticScene(1280, 720, 7, 10);
        try (MotionDetector detector = new OpenCvMotionDetector(MotionConfig.defaults())) {
            learnStaticScene(detector, 10);
            int warmup = MotionConfig.defaults().warmupFrames();
            for (int i = 0; i < warmup; i++) {
                assertThat(detector.detect(wide.frame(10 + i)).calibrating()).as("wide frame %d", i).isTrue();
            }
            assertThat(detector.motionMask().width()).isEqualTo(213);
            assertThat(detector.motionMask().height()).isEqualTo(120);

            MotionResult r = detector.detect(wide.frame(10 + warmup, 0, new Rect(600, 300, 160, 240)));
            assertThat(r.calibrating()).isFalse();
            assertThat(r.blobs()).hasSize(1);
            assertThat(r.blobs().get(0).box().x()).isCloseTo(600 / 1280.0, within(EDGE_TOLERANCE));
        }
    }

    @Test
    void closedDetectorRefusesFrames() {
        MotionDetector detector = new OpenCvMotionDetector(MotionConfig.defaults());
        detector.detect(scene.frame(0));
        detector.close();
        detector.close();

        assertThatThrownBy(() -> detector.detect(scene.frame(1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    private void learnStaticScene(MotionDetector detector, int frames) {
        for (int i = 0; i < frames; i++) {
            detector.detect(scene.frame(i));
        }
    }
}
