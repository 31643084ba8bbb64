package org.xueliang.ingest.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AnalysisSizeTest {

    @ParameterizedTest(name = "{0}x{1} sar {2} at width {3} -> {4}x{5}")
    @CsvSource({
        "768, 576, 1.0, 640, 640, 480",
        "1920, 1080, 1.0, 640, 640, 360",
        "1920, 1080, 1.0, 320, 320, 180",
        "768, 576, 1.0, 100, 100, 76",
        "704, 576, 1.0909090909, 640, 640, 480",
        "1280, 720, 0.0, 426, 426, 240",
        "1280, 720, NaN, 500, 500, 282",
        "2560, 1440, 1.0, 16, 16, 10",
    })
    void keepsDisplayAspectWithEvenHeight(int inW, int inH, double sar, int width, int expectedW, int expectedH) {
        AnalysisSize size = AnalysisSize.forInput(inW, inH, sar, width);
        assertThat(size).isEqualTo(new AnalysisSize(expectedW, expectedH));
        assertThat(size.height() % 2).isZero();
    }

    @Test
    void rejectsEmptyInput() {
        assertThatThrownBy(() -> AnalysisSize.forInput(0, 576, 1, 640))
                .hasMessage("input size must be positive, got 0x576");
    }
}
