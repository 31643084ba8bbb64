package org.xueliang.alerts.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationFormatTest {

    @ParameterizedTest
    @CsvSource({
        "250ms, PT0.25S",
        "5s, PT5S",
        "1.5s, PT1.5S",
        "2m, PT2M",
        "1h, PT1H",
        "0s, PT0S",
        "' 30s ', PT30S",
        "0.001ms, PT0.000001S",
    })
    void parsesNumberAndUnit(String text, String expected) {
        assertThat(DurationFormat.parse(text)).contains(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "5 s", "-5s", "5sec", "s", "1d", "", "5S", "1e3ms", "99999999999h"})
    void refusesAnythingElse(String text) {
        assertThat(DurationFormat.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"PT1H, 1h", "PT2M, 2m", "PT90S, 90s", "PT0.25S, 250ms", "PT0S, 0s", "PT0.0000015S, 0.0015ms"})
    void formatsInTheLargestExactUnit(String duration, String expected) {
        assertThat(DurationFormat.format(Duration.parse(duration))).isEqualTo(expected);
    }

    @Test
    void formatThenParseGivesTheSameDuration() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            long nanos = switch (i % 4) {
                case 0 -> random.nextInt(100_000) * 1_000_000L;
                case 1 -> random.nextInt(100) * 60_000_000_000L;
                case 2 -> Math.abs(random.nextLong()) % 1_000_000_000_000L;
                default -> random.nextInt(1000);
            };
            Duration duration = Duration.ofNanos(nanos);
            assertThat(DurationFormat.parse(DurationFormat.format(duration))).as("%s", duration).contains(duration);
        }
    }

    @Test
    void refusesToFormatNegativeDurations() {
        assertThatThrownBy(() -> DurationFormat.format(Duration.ofSeconds(-1)))
                .hasMessage("durations in configuration are never negative, got PT-1S");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "5.5", "-3", " 10 "})
    void recognisesBareNumbers(String text) {
        assertThat(DurationFormat.isBareNumber(text)).isTrue();
    }
}
