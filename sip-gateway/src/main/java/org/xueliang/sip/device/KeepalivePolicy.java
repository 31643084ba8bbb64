package org.xueliang.sip.device;

import java.time.Duration;

/**
 * When a silent device counts as offline: after {@code missedCount} keepalive intervals without a
 * keepalive (GB/T 28181 defaults: 60 s and 3).
 *
 * @param interval    keepalive interval the devices are configured with
 * @param missedCount keepalives that may be missed before the device is offline
 */
public record KeepalivePolicy(Duration interval, int missedCount) {
    public KeepalivePolicy {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("keepalive interval must be greater than zero, got " + interval);
        }
        if (missedCount < 1) {
            throw new IllegalArgumentException("keepalive missed count must be at least 1, got " + missedCount);
        }
    }

    /** 60 s interval, offline after 3 missed keepalives. */
    public static KeepalivePolicy defaults() {
        return new KeepalivePolicy(Duration.ofSeconds(60), 3);
    }

    /** How long a device may stay silent. */
    public Duration offlineAfter() {
        return interval.multipliedBy(missedCount);
    }

    /** The reason given when a device goes offline for silence, e.g. {@code missed 3 keepalives (60s interval)}. */
    public String missedReason() {
        String every = interval.toMillis() % 1000 == 0 ? interval.toSeconds() + "s" : interval.toMillis() + "ms";
        return "missed " + missedCount + " keepalive" + (missedCount == 1 ? "" : "s") + " (" + every + " interval)";
    }
}
