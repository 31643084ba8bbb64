package org.xueliang.alerts.delivery;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A weekly window in which a subscription receives alerts, for example duty hours
 * {@code MON-FRI 08:00-18:00}. A window whose end is not after its start runs over midnight:
 * {@code FRI 22:00-06:00} covers Friday night until Saturday 06:00 (the days name the day the
 * window starts); {@code 00:00-00:00} is the whole day.
 *
 * @param days the days on which the window starts, not empty
 * @param from start, inclusive
 * @param to   end, exclusive
 */
public record TimeWindow(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    public TimeWindow {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a time window needs at least one day");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** Whether the local time falls in this window. */
    public boolean contains(ZonedDateTime time) {
        LocalTime clock = time.toLocalTime();
        DayOfWeek day = time.getDayOfWeek();
        if (from.isBefore(to)) {
            return days.contains(day) && !clock.isBefore(from) && clock.isBefore(to);
        }
        // over midnight: the evening part on a listed day, the morning part on the day after one
        return (days.contains(day) && !clock.isBefore(from))
                || (days.contains(day.minus(1)) && clock.isBefore(to));
    }
}
