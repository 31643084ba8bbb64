package org.xueliang.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliveryRetryTest {
    private final DeliveryRetry retry = new DeliveryRetry(6, Duration.ofSeconds(2), Duration.ofSeconds(30), 0.2);

    @Test
    void doublesFromTheInitialDelayUpToTheCap() {
        // random 0.5 is the middle of the jitter range: no spread
        assertThat(retry.delayAfter(1, 0.5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(retry.delayAfter(2, 0.5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(retry.delayAfter(3, 0.5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(retry.delayAfter(4, 0.5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(retry.delayAfter(5, 0.5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.delayAfter(40, 0.5)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitterSpreadsEitherWayButNeverPastTheCap() {
        assertThat(retry.delayAfter(2, 0.0)).isEqualTo(Duration.ofMillis(3200));
        assertThat(retry.delayAfter(2, 0.75)).isEqualTo(Duration.ofMillis(4400));
        assertThat(retry.delayAfter(2, 0.999999)).isBetween(Duration.ofMillis(4799), Duration.ofMillis(4800));
        assertThat(retry.delayAfter(6, 0.999999)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.delayAfter(6, 0.0)).isEqualTo(Duration.ofSeconds(24));
    }

    @Test
    void isExhaustedAfterMaxAttempts() {
        assertThat(retry.exhausted(5)).isFalse();
        assertThat(retry.exhausted(6)).isTrue();
        assertThat(retry.exhausted(7)).isTrue();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new DeliveryRetry(0, Duration.ZERO, Duration.ZERO, 0))
                .hasMessage("delivery maxAttempts must be at least 1, got 0");
        assertThatThrownBy(() -> new DeliveryRetry(3, Duration.ofSeconds(5), Duration.ofSeconds(1), 0))
                .hasMessage("delivery retry delays must satisfy 0 <= initialDelay <= maxDelay, got PT5S and PT1S");
        assertThatThrownBy(() -> new DeliveryRetry(3, Duration.ZERO, Duration.ZERO, 1.5))
                .hasMessage("delivery retry jitter must be from 0 to 1, got 1.5");
    }
}
