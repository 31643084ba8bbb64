package org.xueliang.alerts.jurisdiction;

import java.util.List;
import java.util.Objects;

/**
 * A key site (重点部位): a crossroads, a school gate, a warehouse, armed around the clock.
 *
 * @param code         its code
 * @param name         for people
 * @param level        importance, 1 (highest) to 3; an alert at a site is at least this urgent
 * @param jurisdiction the code of the jurisdiction it lies in
 * @param channels     the channels that watch it, sorted
 */
public record Site(String code, String name, int level, String jurisdiction, List<String> channels) {
    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 3;

    public Site {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException("site level must be from 1 to 3, got " + level);
        }
        channels = channels.stream().sorted().distinct().toList();
    }
}
