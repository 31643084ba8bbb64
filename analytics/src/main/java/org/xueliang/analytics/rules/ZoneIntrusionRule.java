package org.xueliang.analytics.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xueliang.analytics.Box;
import org.xueliang.analytics.ZoneRuleConfig;
import org.xueliang.analytics.motion.MotionBlob;

/**
 * Fires when moving foreground stays inside a zone long enough.
 *
 * <p>A blob counts when its area is at least {@link ZoneRuleConfig#minArea()} and its
 * bottom-centre (where a person's feet are) lies inside the polygon, so that a head passing in
 * front of a zone drawn on the ground does not count. Presence is continuous while counted
 * frames follow each other within {@code maxGap} (one frame may lose a blob). The rule fires on
 * the first frame on which presence has lasted {@link ZoneRuleConfig#minDwell()}, then stays
 * silent for {@link ZoneRuleConfig#cooldown()}; someone who stays longer makes it fire again
 * once a cooldown. All times are capture times, so the result does not depend on how late
 * frames are processed.
 *
 * <p>Pure and not thread-safe: one instance per channel and zone, fed in capture order.
 */
public final class ZoneIntrusionRule {
    /** Gap tolerated between two frames with foreground in the zone before presence restarts. */
    public static final Duration DEFAULT_MAX_GAP = Duration.ofSeconds(1);

    private final ZoneRuleConfig config;
    private final ZonePolygon polygon;
    private final Duration maxGap;
    private Instant presenceStart;
    private Instant lastSeen;
    private Instant lastFired;

    /**
     * @param config the rule
     * @throws InvalidZoneRuleException when the configuration cannot be used
     */
    public ZoneIntrusionRule(ZoneRuleConfig config) {
        this(config, DEFAULT_MAX_GAP);
    }

    /**
     * @param config the rule
     * @param maxGap longest time between two counted frames that still counts as continuous
     * @throws InvalidZoneRuleException when the configuration cannot be used
     */
    public ZoneIntrusionRule(ZoneRuleConfig config, Duration maxGap) {
        this.config = config;
        this.polygon = validate(config);
        if (maxGap == null || maxGap.isNegative()) {
            throw new InvalidZoneRuleException(
                    "zone rule '" + config.id() + "': maxGap must be zero or positive, got " + maxGap);
        }
        this.maxGap = maxGap;
    }

    /** @return the configuration the rule was built from */
    public ZoneRuleConfig config() {
        return config;
    }

    /**
     * Feeds one frame's motion.
     *
     * @param blobs       the frame's motion blobs
     * @param captureTime the frame's capture time
     * @return a firing with the counted boxes, or empty
     */
    public Optional<ZoneFiring> evaluate(List<MotionBlob> blobs, Instant captureTime) {
        if (lastSeen != null && captureTime.isBefore(lastSeen)) {
            // the channel's clock stepped back (NTP, new session): start afresh rather than
            // stay silent for as long as the step
            presenceStart = null;
            lastSeen = null;
            lastFired = null;
        }
        List<Box> counted = countedBoxes(blobs);
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        if (presenceStart == null || Duration.between(lastSeen, captureTime).compareTo(maxGap) > 0) {
            presenceStart = captureTime;
        }
        lastSeen = captureTime;
        boolean dwelt = Duration.between(presenceStart, captureTime).compareTo(config.minDwell()) >= 0;
        if (!dwelt || inCooldown(captureTime)) {
            return Optional.empty();
        }
        lastFired = captureTime;
        return Optional.of(new ZoneFiring(config.id(), captureTime, counted));
    }

    private boolean inCooldown(Instant captureTime) {
        return lastFired != null && captureTime.isBefore(lastFired.plus(config.cooldown()));
    }

    private List<Box> countedBoxes(List<MotionBlob> blobs) {
        List<Box> counted = new ArrayList<>();
        for (MotionBlob blob : blobs) {
            Box b = blob.box();
            if (blob.area() >= config.minArea() && polygon.contains(b.x() + b.width() / 2, b.y() + b.height())) {
                counted.add(b);
            }
        }
        return counted;
    }

    private static ZonePolygon validate(ZoneRuleConfig config) {
        String id = config.id();
        if (id == null || id.isBlank()) {
            throw new InvalidZoneRuleException("zone rule id must not be blank, got '" + id + "'");
        }
        String where = "zone rule '" + id + "': ";
        if (!(config.minArea() >= 0 && config.minArea() <= 1)) {
            throw new InvalidZoneRuleException(where + "minArea must be a fraction in 0..1, got " + config.minArea());
        }
        if (config.minDwell() == null || config.minDwell().isNegative()) {
            throw new InvalidZoneRuleException(where + "minDwell must be zero or positive, got " + config.minDwell());
        }
        if (config.cooldown() == null || config.cooldown().isNegative()) {
            throw new InvalidZoneRuleException(where + "cooldown must be zero or positive, got " + config.cooldown());
        }
        try {
            return new ZonePolygon(config.polygon());
        } catch (IllegalArgumentException e) {
            throw new InvalidZoneRuleException(where + e.getMessage());
        }
    }
}
