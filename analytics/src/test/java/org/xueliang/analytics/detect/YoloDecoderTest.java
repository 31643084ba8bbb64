package org.xueliang.analytics.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class YoloDecoderTest {
    @Test
    void v5RowsMultiplyObjectnessAndTheBestClass() {
        float[] out = {
            10, 20, 4, 8, 0.5f, 0.2f, 0.9f,
            30, 40, 6, 6, 0.9f, 0.3f, 0.1f,
        };
        YoloDecoder decoder = YoloDecoder.forShape(new int[] {1, 2, 7}, 2, YoloFormat.AUTO);
        List<YoloDecoder.Candidate> found = decoder.decode(out, 0.25);
        assertThat(found).containsExactly(new YoloDecoder.Candidate(1, 0.45f, 10, 20, 4, 8),
                new YoloDecoder.Candidate(0, 0.27f, 30, 40, 6, 6));
        assertThat(decoder.decode(out, 0.3)).extracting(YoloDecoder.Candidate::classId).containsExactly(1);
    }

    @Test
    void v8ColumnsAndRowsAreBothRead() {
        // three candidates, one class: columns cx, cy, w, h, score
        float[] columns = {1, 2, 3, 11, 12, 13, 5, 5, 5, 6, 6, 6, 0.1f, 0.8f, 0.6f};
        YoloDecoder byColumn = YoloDecoder.forShape(new int[] {1, 5, 3}, 1, YoloFormat.V8);
        assertThat(byColumn.count()).isEqualTo(3);
        assertThat(byColumn.decode(columns, 0.5)).containsExactly(new YoloDecoder.Candidate(0, 0.8f, 2, 12, 5, 6),
                new YoloDecoder.Candidate(0, 0.6f, 3, 13, 5, 6));
        float[] rows = {1, 11, 5, 6, 0.1f, 2, 12, 5, 6, 0.8f, 3, 13, 5, 6, 0.6f};
        YoloDecoder byRow = YoloDecoder.forShape(new int[] {1, 3, 5}, 1, YoloFormat.V8);
        assertThat(byRow.decode(rows, 0.5)).isEqualTo(byColumn.decode(columns, 0.5));
    }

    @Test
    void autoPrefersV5WhenARowHoldsFivePlusC() {
        // [1, 6, 7] with two classes fits both layouts: V5 rows (6 candidates) win, V8 when asked
        assertThat(YoloDecoder.forShape(new int[] {1, 6, 7}, 2, YoloFormat.AUTO).count()).isEqualTo(6);
        assertThat(YoloDecoder.forShape(new int[] {1, 6, 7}, 2, YoloFormat.V8).count()).isEqualTo(7);
    }

    @Test
    void shapesThatFitNoLayoutAreRefused() {
        assertThatThrownBy(() -> YoloDecoder.forShape(new int[] {1, 84, 8400}, 2, YoloFormat.AUTO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected an output of shape [1, N, 7] (YOLOv5) or [1, 6, N] (YOLOv8) for 2 class name(s), "
                        + "format AUTO, got [1, 84, 8400]");
        assertThatThrownBy(() -> YoloDecoder.forShape(new int[] {1, 3, 7}, 2, YoloFormat.V8))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> YoloDecoder.forShape(new int[] {1, 1, 3, 7}, 2, YoloFormat.V5).decode(new float[5], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("output holds 5 values, expected 21");
    }
}
