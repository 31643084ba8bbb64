package org.xueliang.ingest.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class FrameSamplerTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("25 fps in, 5 out: every fifth frame", 5.0, 25.0, regular(40_000, 16),
                        List.of(0, 5, 10, 15)),
                Arguments.of("25 fps in, 10 out: nearest frame on a 100 ms grid", 10.0, 25.0, regular(40_000, 13),
                        List.of(0, 2, 5, 7, 10, 12)),
                Arguments.of("10 fps in, 10 out: all", 10.0, 10.0, regular(100_000, 6),
                        List.of(0, 1, 2, 3, 4, 5)),
                Arguments.of("10 fps in, 30 out: all, never more than the input", 30.0, 10.0, regular(100_000, 5),
                        List.of(0, 1, 2, 3, 4)),
                Arguments.of("unknown input rate is learnt from the first interval", 5.0, 0.0, regular(40_000, 11),
                        List.of(0, 5, 10)),
                Arguments.of("29.97 fps with 1 us rounding jitter, same rate out: all", 29.97, 29.97,
                        new long[] {0, 33_367, 66_733, 100_100, 133_467, 166_833},
                        List.of(0, 1, 2, 3, 4, 5)),
                Arguments.of("jittery arrival does not skip frames at equal rates", 25.0, 25.0,
                        new long[] {0, 40_000, 80_100, 119_900, 160_000, 200_300},
                        List.of(0, 1, 2, 3, 4, 5)),
                Arguments.of("time jumps back (restarted input): resynchronise on the next frame", 5.0, 25.0,
                        new long[] {0, 40_000, 80_000, 120_000, 160_000, 200_000,
                            0, 40_000, 80_000, 120_000, 160_000, 200_000, 240_000, 280_000},
                        List.of(0, 5, 7, 12)),
                Arguments.of("a 5 s outage: the second frame after it (the first is not foreseeable), then the grid",
                        5.0, 25.0,
                        new long[] {0, 40_000, 5_040_000, 5_080_000, 5_120_000, 5_160_000, 5_200_000, 5_240_000,
                            5_280_000},
                        List.of(0, 3, 8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void picksFrames(String name, double targetFps, double inputFps, long[] timestamps, List<Integer> expected) {
        FrameSampler sampler = new FrameSampler(targetFps, inputFps);
        List<Integer> sampled = new ArrayList<>();
        for (int i = 0; i < timestamps.length; i++) {
            boolean sample = sampler.sampleNext();
            sampler.decoded(timestamps[i], sample);
            if (sample) {
                sampled.add(i);
            }
        }
        assertThat(sampled).isEqualTo(expected);
    }

    @Test
    void longRunAverageMatchesTarget() {
        FrameSampler sampler = new FrameSampler(7.0, 25.0);
        long sampled = LongStream.range(0, 25 * 60).filter(i -> {
            boolean sample = sampler.sampleNext();
            sampler.decoded(i * 40_000, sample);
            return sample;
        }).count();
        assertThat(sampled).isBetween(7L * 60 - 1, 7L * 60 + 1);
    }

    @Test
    void rejectsNonPositiveTarget() {
        assertThatThrownBy(() -> new FrameSampler(0, 25))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target fps must be positive and finite, got 0.0");
    }

    private static long[] regular(long interval, int count) {
        return LongStream.range(0, count).map(i -> i * interval).toArray();
    }
}
