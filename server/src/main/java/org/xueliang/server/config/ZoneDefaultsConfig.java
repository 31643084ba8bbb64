package org.xueliang.server.config;

import java.time.Duration;

/**
 * Values for zone rules that leave them out.
 *
 * @param minArea  smallest foreground area as a fraction of the frame, greater than 0, at most 1 (default 0.002)
 * @param minDwell time inside the zone before a rule fires (default 1s)
 * @param cooldown quiet time after a rule fired (default 30s)
 */
public record ZoneDefaultsConfig(double minArea, Duration minDwell, Duration cooldown) {
}
