package org.xueliang.alerts.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.xueliang.analytics.schedule.ArmingSchedule;
import org.xueliang.analytics.schedule.InvalidScheduleException;
import org.xueliang.analytics.schedule.WeeklyWindow;

/**
 * A rule's arming schedule as written in a channel spec:
 * {@code {"timeZone": "Asia/Shanghai", "windows": ["Mon-Fri 18:00-08:00"]}}. Absent (or null)
 * means always armed, and {@link ArmingSchedule#always()} is written as null so that it reads
 * back as itself.
 */
final class ScheduleFormat {
    static final List<String> KEYS = List.of("timeZone", "windows");

    private ScheduleFormat() {
    }

    /** The schedule at {@code key}, {@link ArmingSchedule#always()} when absent, null after reporting a problem. */
    static ArmingSchedule read(FieldReader rule, String key) {
        if (!rule.has(key)) {
            return ArmingSchedule.always();
        }
        int before = rule.errors().size();
        FieldReader schedule = rule.object(key);
        if (rule.errors().size() > before) {
            return null;
        }
        schedule.refuseUnknownKeys(KEYS);
        ZoneId zone = zone(schedule);
        List<WeeklyWindow> windows = windows(schedule);
        if (rule.errors().size() > before) {
            return null;
        }
        return new ArmingSchedule(zone, windows);
    }

    private static ZoneId zone(FieldReader schedule) {
        String text = schedule.requiredString("timeZone");
        if (text == null) {
            return null;
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            schedule.error("timeZone", "must be a time zone such as Asia/Shanghai or +08:00, got "
                    + FieldReader.quote(text));
            return null;
        }
    }

    private static List<WeeklyWindow> windows(FieldReader schedule) {
        if (!schedule.has("windows")) {
            schedule.error("windows", "is required, a list of windows such as \"Mon-Fri 18:00-08:00\"");
            return List.of();
        }
        List<JsonNode> items = schedule.list("windows");
        List<WeeklyWindow> windows = new ArrayList<>();
        if (items.isEmpty() && schedule.get("windows").isArray()) {
            schedule.error("windows", "must have at least one window (leave the schedule out to arm the rule always)");
        }
        for (int i = 0; i < items.size(); i++) {
            String path = FieldReader.item(schedule.pathOf("windows"), i);
            JsonNode item = items.get(i);
            if (!item.isTextual()) {
                schedule.errors().add(new FieldError(path, "must be a string such as \"Mon-Fri 18:00-08:00\", got "
                        + FieldReader.show(item)));
                continue;
            }
            try {
                // parsed one at a time so that each error names its window
                windows.addAll(ArmingSchedule.parse(ZoneId.of("UTC"), List.of(item.textValue())).windows());
            } catch (InvalidScheduleException e) {
                schedule.errors().add(new FieldError(path, e.getMessage()));
            }
        }
        return windows;
    }

    /** The schedule as JSON, or a JSON null for {@link ArmingSchedule#always()}. */
    static JsonNode write(ArmingSchedule schedule) {
        if (schedule.equals(ArmingSchedule.always())) {
            return JsonNodeFactory.instance.nullNode();
        }
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("timeZone", schedule.zone().getId());
        var windows = json.putArray("windows");
        schedule.windows().forEach(w -> windows.add(window(w)));
        return json;
    }

    /** {@code "Mon-Fri 18:00-08:00"}: runs of days joined by commas, or {@code daily}. */
    static String window(WeeklyWindow window) {
        return days(window.days()) + " " + time(window.start(), false) + "-" + time(window.end(), true);
    }

    private static String days(Set<DayOfWeek> days) {
        if (days.size() == DayOfWeek.values().length) {
            return "daily";
        }
        List<String> runs = new ArrayList<>();
        DayOfWeek[] week = DayOfWeek.values();
        int i = 0;
        while (i < week.length) {
            if (!days.contains(week[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < week.length && days.contains(week[end + 1])) {
                end++;
            }
            runs.add(end == i ? name(week[i]) : name(week[i]) + "-" + name(week[end]));
            i = end + 1;
        }
        return String.join(",", runs);
    }

    private static String name(DayOfWeek day) {
        String upper = day.name();
        return upper.charAt(0) + upper.substring(1, 3).toLowerCase(Locale.ROOT);
    }

    /** Midnight as an end is written {@code 24:00}, which reads as the same instant and says "end of day". */
    private static String time(LocalTime time, boolean end) {
        return end && time.equals(LocalTime.MIDNIGHT) ? "24:00" : time.toString();
    }
}
