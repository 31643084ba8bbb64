package org.xueliang.ingest.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {
    private static final ReconnectPolicy NO_JITTER =
            new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(10), 0);

    @ParameterizedTest(name = "failure {0} -> {1} ms")
    @CsvSource({"1, 500", "2, 1000", "3, 2000", "4, 4000", "5, 8000", "6, 10000", "7, 10000", "100, 10000",
        "2147483647, 10000"})
    void doublesUpToTheCap(int failures, long expectedMillis) {
        assertThat(NO_JITTER.delay(failures, new Random(1))).isEqualTo(Duration.ofMillis(expectedMillis));
    }

    @Test
    void jitterOnlyShortensWithinItsShare() {
        ReconnectPolicy policy = new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.25);
        Random random = new Random(42);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 10_000; i++) {
            long millis = policy.delay(3, random).toMillis();
            min = Math.min(min, millis);
            max = Math.max(max, millis);
        }
        assertThat(min).isGreaterThanOrEqualTo(3000).isLessThan(3020);
        assertThat(max).isLessThanOrEqualTo(4000).isGreaterThan(3980);
    }

    @Test
    void jitterUsesTheInjectedGenerator() {
        ReconnectPolicy policy = new ReconnectPolicy(Duration.ofSeconds(2), Duration.ofSeconds(30), 0.5);
        RandomGenerator zero = () -> 0L;
        RandomGenerator constant = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return 0.5;
            }
        };
        assertThat(policy.delay(1, constant)).isEqualTo(Duration.ofMillis(1500));
        assertThat(policy.delay(1, zero).toMillis()).isEqualTo(2000);
    }

    @Test
    void validatesSettings() {
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ZERO, Duration.ofSeconds(1), 0))
                .hasMessage("'initialDelay' must be greater than zero, got PT0S");
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 0))
                .hasMessage("'maxDelay' must be at least 'initialDelay' (PT2S), got PT1S");
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1.5))
                .hasMessage("'jitter' must be from 0 to 1, got 1.5");
        assertThatThrownBy(() -> NO_JITTER.delay(0, new Random()))
                .hasMessage("failures in a row must be at least 1, got 0");
    }
}
