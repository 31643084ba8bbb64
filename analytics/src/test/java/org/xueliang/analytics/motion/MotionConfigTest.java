package org.xueliang.analytics.motion;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MotionConfigTest {

    static Stream<Arguments> badValues() {
        return Stream.of(
                bad(c -> with(c, 8, c.blurKernel(), c.backgroundAlpha(), c.pixelThreshold(), c.minBlobArea(),
                        c.recalibrationFraction()), "'workingHeight' must be between 16 and 1080, got 8"),
                bad(c -> with(c, c.workingHeight(), 4, c.backgroundAlpha(), c.pixelThreshold(), c.minBlobArea(),
                        c.recalibrationFraction()), "'blurKernel' must be an odd number between 1 and 31, got 4"),
                bad(c -> with(c, c.workingHeight(), c.blurKernel(), 0, c.pixelThreshold(), c.minBlobArea(),
                        c.recalibrationFraction()), "'backgroundAlpha' must be greater than 0 and at most 1, got 0.0"),
                bad(c -> with(c, c.workingHeight(), c.blurKernel(), Double.NaN, c.pixelThreshold(),
                        c.minBlobArea(), c.recalibrationFraction()),
                        "'backgroundAlpha' must be greater than 0 and at most 1, got NaN"),
                bad(c -> with(c, c.workingHeight(), c.blurKernel(), c.backgroundAlpha(), 255, c.minBlobArea(),
                        c.recalibrationFraction()), "'pixelThreshold' must be between 1 and 254, got 255"),
                bad(c -> with(c, c.workingHeight(), c.blurKernel(), c.backgroundAlpha(), c.pixelThreshold(), 1.0,
                        c.recalibrationFraction()), "'minBlobArea' must be at least 0 and less than 1, got 1.0"),
                bad(c -> with(c, c.workingHeight(), c.blurKernel(), c.backgroundAlpha(), c.pixelThreshold(),
                        c.minBlobArea(), 1.5),
                        "'recalibrationFraction' must be greater than 0 and at most 1, got 1.5"),
                bad(c -> new MotionConfig(120, 5, 0.02, 25, -1, 0.0005, 0.5, 3, 9, 0.05),
                        "'dilateIterations' must be between 0 and 10, got -1"),
                bad(c -> new MotionConfig(120, 5, 0.02, 25, 2, 0.0005, 0.5, 101, 9, 0.05),
                        "'recalibrationFrames' must be between 0 and 100, got 101"),
                bad(c -> new MotionConfig(120, 5, 0.02, 25, 2, 0.0005, 0.5, 3, 0, 0.05),
                        "'warmupFrames' must be between 1 and 50, got 0"),
                bad(c -> new MotionConfig(120, 5, 0.02, 25, 2, 0.0005, 0.5, 3, 9, -0.01),
                        "'maxShake' must be between 0 and 0.25, got -0.01"),
                bad(c -> new MotionConfig(120, 5, 0.02, 25, 2, 0.0005, 0.5, 3, 9, 0.3),
                        "'maxShake' must be between 0 and 0.25, got 0.3"),
                bad(c -> new MotionConfig(120, 5, 0.02, 25, 2, 0.0005, 0.5, 3, 9, Double.NaN),
                        "'maxShake' must be between 0 and 0.25, got NaN"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void rejectsOutOfRangeValuesNamingTheKey(UnaryOperator<MotionConfig> change, String message) {
        MotionConfig defaults = MotionConfig.defaults();
        assertThatThrownBy(() -> change.apply(defaults))
                .isInstanceOf(InvalidMotionConfigException.class)
                .hasMessage(message);
    }

    private static Arguments bad(UnaryOperator<MotionConfig> change, String message) {
        return Arguments.of(change, message);
    }

    private static MotionConfig with(MotionConfig c, int workingHeight, int blurKernel, double alpha, int threshold,
            double minBlobArea, double recalibrationFraction) {
        return new MotionConfig(workingHeight, blurKernel, alpha, threshold, c.dilateIterations(), minBlobArea,
                recalibrationFraction, c.recalibrationFrames(), c.warmupFrames(), c.maxShake());
    }
}
