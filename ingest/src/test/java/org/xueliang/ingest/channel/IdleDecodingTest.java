package org.xueliang.ingest.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueliang.ingest.DecodeMode;

class IdleDecodingTest {
    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
    private final List<DecodeMode> switches = new ArrayList<>();
    private final IdleDecoding idle = new IdleDecoding(switches::add, Duration.ofSeconds(10));

    @Test
    void aChannelStartsOnKeyframesAndMotionBringsItToEveryPictureAtOnce() {
        assertThat(switches).as("asked at once").containsExactly(DecodeMode.KEYFRAMES);
        for (int s = 0; s < 20; s += 2) {
            idle.analysed(T0.plusSeconds(s), false);
        }
        assertThat(switches).as("a still scene stays on keyframes").containsExactly(DecodeMode.KEYFRAMES);
        idle.analysed(T0.plusSeconds(20), true);
        assertThat(switches).containsExactly(DecodeMode.KEYFRAMES, DecodeMode.ALL);
        assertThat(idle.asked()).isEqualTo(DecodeMode.ALL);
    }

    @Test
    void afterTheHoldOfStillnessKeyframesAgainAndShortPausesKeepFullDecoding() {
        idle.analysed(T0, true);
        idle.analysed(T0.plusSeconds(9), false);
        idle.analysed(T0.plusSeconds(10), true);
        idle.analysed(T0.plusSeconds(19), false);
        assertThat(switches).containsExactly(DecodeMode.KEYFRAMES, DecodeMode.ALL);
        idle.analysed(T0.plusSeconds(20), false);
        assertThat(switches).containsExactly(DecodeMode.KEYFRAMES, DecodeMode.ALL, DecodeMode.KEYFRAMES);
    }

    @Test
    void aClockGoingBackStartsTheHoldAgain() {
        idle.analysed(T0.plusSeconds(100), true);
        idle.analysed(T0, false);
        idle.analysed(T0.plusSeconds(9), false);
        assertThat(switches).containsExactly(DecodeMode.KEYFRAMES, DecodeMode.ALL);
        idle.analysed(T0.plusSeconds(10), false);
        assertThat(switches).containsExactly(DecodeMode.KEYFRAMES, DecodeMode.ALL, DecodeMode.KEYFRAMES);
    }

    @Test
    void theHoldMustBePositive() {
        assertThatThrownBy(() -> new IdleDecoding(switches::add, Duration.ZERO))
                .hasMessage("the idle hold must be positive, got PT0S");
    }
}
