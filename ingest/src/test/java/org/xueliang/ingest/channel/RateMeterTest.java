package org.xueliang.ingest.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateMeterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateMeter meter = new RateMeter(Duration.ofSeconds(5), now::get);

    @Test
    void measuresSteadyRateOverTheWindow() {
        events(12.0, Duration.ofSeconds(10));

        assertThat(meter.perSecond()).isCloseTo(12.0, within(0.5));
    }

    @Test
    void measuresOverElapsedTimeBeforeTheWindowFills() {
        events(10.0, Duration.ofSeconds(2));

        assertThat(meter.perSecond()).isCloseTo(10.0, within(0.6));
    }

    @Test
    void fallsToZeroAfterSilence() {
        events(25.0, Duration.ofSeconds(3));
        now.addAndGet(Duration.ofSeconds(6).toNanos());

        assertThat(meter.perSecond()).isZero();
    }

    @Test
    void followsARateChange() {
        events(25.0, Duration.ofSeconds(10));
        events(5.0, Duration.ofSeconds(10));

        assertThat(meter.perSecond()).isCloseTo(5.0, within(0.5));
    }

    @Test
    void firstEventDoesNotReadAsAHugeRate() {
        now.addAndGet(1_000_000);
        meter.record();

        assertThat(meter.perSecond()).isEqualTo(1.0);
    }

    private void events(double perSecond, Duration duration) {
        long step = Math.round(1e9 / perSecond);
        long end = now.get() + duration.toNanos();
        while (now.get() + step <= end) {
            now.addAndGet(step);
            meter.record();
        }
    }
}
