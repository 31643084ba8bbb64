package org.xueliang.analytics.quality;

import java.time.Instant;

/**
 * A check that has failed for long enough to be reported.
 *
 * @param check       the failed check
 * @param time        capture time of the sample that confirmed the fault (for signal loss, the
 *                    time it was noticed)
 * @param value       the measured value
 * @param limit       the limit it failed, in the same unit
 * @param healthScore the channel's health score 0..100 with this fault counted
 */
public record QualityFinding(QualityCheck check, Instant time, double value, double limit, int healthScore) {
}
