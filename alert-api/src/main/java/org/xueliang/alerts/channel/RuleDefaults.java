package org.xueliang.alerts.channel;

import java.time.Duration;

/**
 * Values for the optional fields of channel rules. They are spelled out when a spec is written,
 * so a stored channel keeps its values if these ever change.
 *
 * @param cooldown          quiet time after a rule fired: 0, as track rules fire once per track
 *                          and repeats of one alert are merged by the alert service
 * @param zoneMinDwell      {@code zone_intrusion} dwell: 1 s
 * @param loiteringMinDwell {@code loitering} dwell: 30 s
 * @param crowdMinCount     {@code crowd} tracks: 5
 * @param crowdMinDuration  {@code crowd} duration: 10 s
 * @param minSpeed          {@code fast_movement} speed: half the frame width a second
 * @param fastMinDuration   {@code fast_movement} duration: 1 s
 * @param staticMinArea     {@code abandoned_object} and {@code object_removed} smallest object: 0.1% of the frame
 * @param staticMaxArea     their largest object: 10% of the frame
 * @param staticMinDuration how long the change must last: 30 s
 */
record RuleDefaults(Duration cooldown, Duration zoneMinDwell, Duration loiteringMinDwell, int crowdMinCount,
                    Duration crowdMinDuration, double minSpeed, Duration fastMinDuration, double staticMinArea,
                    double staticMaxArea, Duration staticMinDuration) {

    static RuleDefaults builtIn() {
        return new RuleDefaults(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(30), 5,
                Duration.ofSeconds(10), 0.5, Duration.ofSeconds(1), 0.001, 0.1, Duration.ofSeconds(30));
    }
}
