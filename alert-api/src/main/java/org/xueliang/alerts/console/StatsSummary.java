package org.xueliang.alerts.console;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the alert desk's statistics page shows for a time window.
 *
 * @param from            start of the window (event time, inclusive)
 * @param to              end of the window (exclusive)
 * @param total           alerts in the window
 * @param bySite          alerts per key site, most first; channels at no site count under {@link #NO_SITE}
 * @param byType          alerts per type, most first
 * @param byHour          24 counts, hour of day 0..23 in the summary's time zone
 * @param byDay           one count per calendar day of the window, zeros included
 * @param acknowledge     time from an alert's creation to its acknowledgement
 * @param close           time from an alert's creation to its closing
 * @param dismissedByRule dismissed alerts per rule, most first
 */
public record StatsSummary(Instant from, Instant to, long total, List<Count> bySite, List<Count> byType,
                           List<Long> byHour, List<DayCount> byDay, Durations acknowledge, Durations close,
                           List<Count> dismissedByRule) {
    public StatsSummary {
        bySite = List.copyOf(bySite);
        byType = List.copyOf(byType);
        byHour = List.copyOf(byHour);
        byDay = List.copyOf(byDay);
        dismissedByRule = List.copyOf(dismissedByRule);
    }

    /** The site name under which alerts of channels placed at no site are counted. */
    public static final String NO_SITE = "(no site)";

    /** A count under a name. */
    public record Count(String key, long count) {
    }

    /** A count of one calendar day. */
    public record DayCount(LocalDate day, long count) {
    }

    /**
     * How long a step took, in seconds.
     *
     * @param count how many alerts took the step; the other fields are null when 0
     */
    public record Durations(long count, Double meanSeconds, Double p50Seconds, Double p90Seconds) {
        /** Nearest-rank statistics of the given durations. */
        static Durations of(List<Double> seconds) {
            if (seconds.isEmpty()) {
                return new Durations(0, null, null, null);
            }
            List<Double> sorted = seconds.stream().sorted().toList();
            double mean = sorted.stream().mapToDouble(Double::doubleValue).sum() / sorted.size();
            return new Durations(sorted.size(), mean, rank(sorted, 0.5), rank(sorted, 0.9));
        }

        private static double rank(List<Double> sorted, double share) {
            int index = (int) Math.ceil(share * sorted.size()) - 1;
            return sorted.get(Math.max(0, index));
        }
    }
}
