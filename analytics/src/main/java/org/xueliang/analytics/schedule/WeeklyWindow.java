package org.xueliang.analytics.schedule;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A window of local time that opens on each of {@code days} at {@code start}. It closes the same
 * day at {@code end} when {@code end} is later than {@code start}, the next day at {@code end}
 * when it is earlier ("Fri 18:00-08:00" runs into Saturday morning; "Sun 22:00-02:00" into
 * Monday), and after 24 hours when both are equal.
 *
 * @param days  days on which the window opens
 * @param start opening time, inclusive
 * @param end   closing time, exclusive
 */
public record WeeklyWindow(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    public WeeklyWindow {
        if (days == null || days.isEmpty()) {
            throw new InvalidScheduleException("a weekly window needs at least one day, got " + days);
        }
        if (start == null || end == null) {
            throw new InvalidScheduleException("a weekly window needs a start and an end, got " + start + "-" + end);
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** @return a window open all day, every day */
    public static WeeklyWindow allWeek() {
        return new WeeklyWindow(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    }

    /** @return whether the window is open at this local date and time */
    public boolean contains(LocalDateTime local) {
        LocalTime time = local.toLocalTime();
        DayOfWeek today = local.getDayOfWeek();
        boolean sameDay = end.isAfter(start);
        if (days.contains(today) && !time.isBefore(start) && (!sameDay || time.isBefore(end))) {
            return true;
        }
        // a window that opened yesterday and runs past midnight (or for 24 hours)
        return !sameDay && days.contains(today.minus(1)) && time.isBefore(end);
    }
}
