package org.xueliang.analytics.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When a rule is armed: weekly windows of local time in the site's time zone, so that "Mon-Fri
 * 18:00-08:00" follows daylight saving and the site's own clock rather than the server's.
 *
 * <p>Immutable and thread-safe. A rule that is not armed keeps following its tracks but raises
 * nothing.
 *
 * @param zone    the time zone the windows are written in
 * @param windows the windows; armed when any of them is open
 */
public record ArmingSchedule(ZoneId zone, List<WeeklyWindow> windows) {
    private static final ArmingSchedule ALWAYS = new ArmingSchedule(ZoneOffset.UTC, List.of(WeeklyWindow.allWeek()));

    public ArmingSchedule {
        if (zone == null) {
            throw new InvalidScheduleException("an arming schedule needs a time zone, got null");
        }
        if (windows == null || windows.isEmpty()) {
            throw new InvalidScheduleException(
                    "an arming schedule needs at least one window (use ArmingSchedule.always() for always armed), got "
                            + windows);
        }
        windows = List.copyOf(windows);
    }

    /** @return a schedule that is armed at every instant */
    public static ArmingSchedule always() {
        return ALWAYS;
    }

    /**
     * Parses windows such as {@code "Mon-Fri 18:00-08:00"}, {@code "Sat,Sun 00:00-24:00"},
     * {@code "daily 22:00-06:00"} or {@code "Fri-Mon 20:00-20:00"} (24 hours from Friday to
     * Monday). Day names are the English three-letter abbreviations, case-insensitive; a range
     * may wrap past Sunday; {@code 24:00} closes at midnight.
     *
     * @param zone  the site's time zone
     * @param specs one window each
     * @return the schedule
     * @throws InvalidScheduleException naming the window that cannot be read
     */
    public static ArmingSchedule parse(ZoneId zone, List<String> specs) {
        List<WeeklyWindow> windows = new ArrayList<>(specs.size());
        for (String spec : specs) {
            windows.add(parseWindow(spec));
        }
        return new ArmingSchedule(zone, windows);
    }

    /** @return whether the rule is armed at this instant */
    public boolean isArmed(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
        for (WeeklyWindow window : windows) {
            if (window.contains(local)) {
                return true;
            }
        }
        return false;
    }

    private static WeeklyWindow parseWindow(String spec) {
        String trimmed = spec == null ? "" : spec.trim();
        String[] parts = trimmed.split("\\s+");
        if (parts.length != 2) {
            throw new InvalidScheduleException("arming window '" + spec
                    + "' must be '<days> <HH:mm>-<HH:mm>', for example 'Mon-Fri 18:00-08:00'");
        }
        Set<DayOfWeek> days = parseDays(spec, parts[0]);
        String[] times = parts[1].split("-");
        if (times.length != 2) {
            throw new InvalidScheduleException(
                    "arming window '" + spec + "': times must be '<HH:mm>-<HH:mm>', got '" + parts[1] + "'");
        }
        return new WeeklyWindow(days, parseTime(spec, times[0]), parseTime(spec, times[1]));
    }

    private static Set<DayOfWeek> parseDays(String spec, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("daily") || lower.equals("*")) {
            return EnumSet.allOf(DayOfWeek.class);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : lower.split(",")) {
            String[] range = item.split("-");
            if (range.length == 1) {
                days.add(parseDay(spec, range[0]));
            } else if (range.length == 2) {
                DayOfWeek from = parseDay(spec, range[0]);
                DayOfWeek to = parseDay(spec, range[1]);
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            } else {
                throw new InvalidScheduleException("arming window '" + spec + "': bad day range '" + item + "'");
            }
        }
        return days;
    }

    private static DayOfWeek parseDay(String spec, String name) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().substring(0, 3).equalsIgnoreCase(name)) {
                return d;
            }
        }
        throw new InvalidScheduleException("arming window '" + spec + "': unknown day '" + name
                + "', expected one of Mon, Tue, Wed, Thu, Fri, Sat, Sun, daily");
    }

    private static LocalTime parseTime(String spec, String text) {
        if (text.equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw new InvalidScheduleException(
                    "arming window '" + spec + "': time '" + text + "' must be HH:mm between 00:00 and 24:00");
        }
    }
}
