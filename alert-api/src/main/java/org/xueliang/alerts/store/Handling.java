package org.xueliang.alerts.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How an alert is being handled: its urgency, who is responsible, and the deadlines that drive
 * escalation and supervision. Times are kept to the microsecond like every stored time.
 *
 * @param level        urgency, 1 (most urgent) to 3
 * @param jurisdiction code of the jurisdiction now responsible; null when the channel belongs to none
 * @param ackDueAt     when the alert escalates unless acknowledged; null when no limit runs
 * @param escalations  how many times it escalated for want of an acknowledgement
 * @param assignee     the department or person it was dispatched to; null before dispatch
 * @param dueAt        when the assignee must have resolved it; null before dispatch
 * @param overdue      whether the due time passed before it was resolved
 */
public record Handling(int level, String jurisdiction, Instant ackDueAt, int escalations, String assignee,
                       Instant dueAt, boolean overdue) {
    /** Most urgent level. */
    public static final int MIN_LEVEL = 1;
    /** Least urgent level. */
    public static final int MAX_LEVEL = 3;
    /** The level of alerts nothing else decides about. */
    public static final int DEFAULT_LEVEL = 2;

    public Handling {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException("alert level must be from " + MIN_LEVEL + " to " + MAX_LEVEL
                    + ", got " + level);
        }
        if (escalations < 0) {
            throw new IllegalArgumentException("escalations must be at least 0, got " + escalations);
        }
        ackDueAt = micros(ackDueAt);
        dueAt = micros(dueAt);
    }

    /** Default level, no jurisdiction, no deadline: what an alert gets when nothing triages it. */
    public static Handling none() {
        return new Handling(DEFAULT_LEVEL, null, null, 0, null, null, false);
    }

    /** Level, jurisdiction and acknowledgement deadline of a new alert. */
    public static Handling of(int level, String jurisdiction, Instant ackDueAt) {
        return new Handling(level, jurisdiction, ackDueAt, 0, null, null, false);
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
