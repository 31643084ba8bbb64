package org.xueliang.sip;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves by hand. */
public final class TestClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    public TestClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public TestClock(String start) {
        this(Instant.parse(start), ZoneId.of("Asia/Shanghai"));
    }

    public void advance(Duration step) {
        now = now.plus(step);
    }

    public void advanceSeconds(long seconds) {
        advance(Duration.ofSeconds(seconds));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
