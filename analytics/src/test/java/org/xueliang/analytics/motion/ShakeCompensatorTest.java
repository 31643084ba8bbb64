package org.xueliang.analytics.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.bytedeco.opencv.opencv_core.Rect;
import org.junit.jupiter.api.Test;

class ShakeCompensatorTest {

    @Test
    void unshiftedPictureIsComparedWhole() {
        try (Rect r = ShakeCompensator.overlap(CameraShift.NONE, 160, 120, 2)) {
            assertThat(new int[] {r.x(), r.y(), r.width(), r.height()}).containsExactly(0, 0, 160, 120);
        }
    }

    @Test
    void shiftedPictureLeavesOutWhatCameFromOutsideAndTheBlurMargin() {
        // aligned(x, y) = picture(x + 2.3, y - 1.5): the right 3 columns and the top 2 rows came
        // from outside the picture
        try (Rect r = ShakeCompensator.overlap(new CameraShift(2.3, -1.5), 160, 120, 2)) {
            assertThat(new int[] {r.x(), r.y(), r.width(), r.height()}).containsExactly(2, 4, 153, 114);
        }
    }

    @Test
    void noticeableShiftIsWhereTheSteepestBlurredEdgeMovesHalfTheThreshold() {
        // 5x5 kernel: sigma 1.1, steepest slope 255 / (1.1 * 2.5066) = 92.5 grey levels per pixel
        assertThat(ShakeCompensator.noticeableShift(5, 25)).isCloseTo(12.5 / 92.48, within(0.001));
        // no blur: a step moves a pixel by 255 per pixel of shift
        assertThat(ShakeCompensator.noticeableShift(1, 25)).isCloseTo(12.5 / 255, within(0.0001));
    }
}
