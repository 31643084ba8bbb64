package org.xueliang.analytics.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MedianBackgroundTest {

    @Test
    void medianIgnoresValuesPresentInFewerThanHalfOfTheFrames() {
        MedianBackground median = new MedianBackground(5, 3);
        median.add(new byte[] {100, 10, (byte) 200});
        median.add(new byte[] {101, 10, (byte) 201});
        assertThat(median.isComplete()).isFalse();
        median.add(new byte[] {20, 90, (byte) 199});
        median.add(new byte[] {20, 10, (byte) 250});
        median.add(new byte[] {99, 10, (byte) 202});

        assertThat(median.isComplete()).isTrue();
        // pixel 0: a dark passer-by in two frames of five; pixel 2: values above 127 stay unsigned
        assertThat(median.median()).containsExactly(99, 10, (byte) 201);
    }

    @Test
    void rejectsFramesOfAnotherSize() {
        MedianBackground median = new MedianBackground(3, 4);
        assertThatThrownBy(() -> median.add(new byte[3]))
                .hasMessage("grey frame must hold 4 pixels, got 3");
    }
}
