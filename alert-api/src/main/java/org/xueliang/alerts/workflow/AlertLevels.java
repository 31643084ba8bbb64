package org.xueliang.alerts.workflow;

import java.util.Map;
import org.xueliang.alerts.store.Handling;

/**
 * The level of a new alert from its type, or else from its source's priority. Level 1 is the
 * most urgent. The rule, in order:
 * <ol>
 *   <li>a type listed in the table has the level listed (built in: ZONE_INTRUSION 2,
 *       DEVICE_OFFLINE 3, DEVICE_ONLINE 3);</li>
 *   <li>otherwise an alert with a priority (GB28181 AlarmPriority 1-4, so DEVICE_ALARM) takes
 *       it: 1 gives 1, 2 gives 2, 3 and 4 give 3;</li>
 *   <li>otherwise level 2.</li>
 * </ol>
 * A channel watching a key site raises the level to the site's when that is more urgent (see
 * {@link JurisdictionTriage}).
 *
 * @param byType level by alert type
 */
public record AlertLevels(Map<String, Integer> byType) {
    /** The built-in table. */
    public static final Map<String, Integer> DEFAULTS = Map.of("ZONE_INTRUSION", 2, "DEVICE_OFFLINE", 3,
            "DEVICE_ONLINE", 3);

    public AlertLevels {
        byType = Map.copyOf(byType);
        byType.forEach((type, level) -> {
            if (level < Handling.MIN_LEVEL || level > Handling.MAX_LEVEL) {
                throw new IllegalArgumentException("level of alert type " + type + " must be from 1 to 3, got " + level);
            }
        });
    }

    public static AlertLevels defaults() {
        return new AlertLevels(DEFAULTS);
    }

    /** The level of an alert of this type and priority (null when it has none). */
    public int levelOf(String type, Integer priority) {
        Integer listed = byType.get(type);
        if (listed != null) {
            return listed;
        }
        if (priority != null) {
            return Math.max(Handling.MIN_LEVEL, Math.min(Handling.MAX_LEVEL, priority));
        }
        return Handling.DEFAULT_LEVEL;
    }
}
