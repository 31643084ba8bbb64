package org.xueliang.alerts.workflow;

import java.time.Duration;
import java.util.Objects;

/**
 * How long an alert of each level may wait for an acknowledgement before it escalates to the
 * parent jurisdiction; after an escalation the parent gets the same time again.
 *
 * @param level1 for the most urgent alerts
 * @param level2 for level 2
 * @param level3 for the least urgent
 */
public record TimeLimits(Duration level1, Duration level2, Duration level3) {
    public TimeLimits {
        positive("level1", level1);
        positive("level2", level2);
        positive("level3", level3);
    }

    private static void positive(String name, Duration limit) {
        Objects.requireNonNull(limit, name);
        if (limit.isZero() || limit.isNegative()) {
            throw new IllegalArgumentException("acknowledgement limit of " + name + " must be positive, got " + limit);
        }
    }

    /** 5 minutes for level 1, 15 for level 2, 60 for level 3. */
    public static TimeLimits defaults() {
        return new TimeLimits(Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60));
    }

    /** The limit of a level, 1 to 3. */
    public Duration ackLimit(int level) {
        return switch (level) {
            case 1 -> level1;
            case 2 -> level2;
            case 3 -> level3;
            default -> throw new IllegalArgumentException("alert level must be from 1 to 3, got " + level);
        };
    }
}
