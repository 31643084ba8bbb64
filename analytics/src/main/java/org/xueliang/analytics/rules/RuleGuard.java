package org.xueliang.analytics.rules;

import java.time.Duration;
import java.time.Instant;
import org.xueliang.analytics.schedule.ArmingSchedule;

/** Applies a rule's arming schedule and cooldown; mutable, one per rule. */
final class RuleGuard {
    /** What a rule may do with something that would fire now. */
    enum Verdict {
        /** Fire. */
        FIRE,
        /** Armed but in cooldown: the occurrence is swallowed. */
        COOLING,
        /** Outside the schedule: nothing happens, a lasting condition may fire once armed. */
        DISARMED
    }

    private final ArmingSchedule schedule;
    private final Duration cooldown;
    private Instant lastFired;

    RuleGuard(ArmingSchedule schedule, Duration cooldown) {
        this.schedule = schedule;
        this.cooldown = cooldown;
    }

    /** @return the verdict for an occurrence at this time; {@link Verdict#FIRE} also starts the cooldown */
    Verdict check(Instant time) {
        if (lastFired != null && time.isBefore(lastFired)) {
            // the clock stepped back: a cooldown measured across the step would last as long as the step
            lastFired = null;
        }
        if (!schedule.isArmed(time)) {
            return Verdict.DISARMED;
        }
        if (lastFired != null && time.isBefore(lastFired.plus(cooldown))) {
            return Verdict.COOLING;
        }
        lastFired = time;
        return Verdict.FIRE;
    }
}
