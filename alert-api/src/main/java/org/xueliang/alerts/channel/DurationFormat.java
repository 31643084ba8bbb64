package org.xueliang.alerts.channel;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as written in configuration: a non-negative number and a unit, {@code "250ms"},
 * {@code "5s"}, {@code "1.5s"}, {@code "2m"}, {@code "1h"}. A unit is mandatory: a bare
 * {@code 5} could mean seconds or milliseconds, and guessing wrong makes a timeout 1000 times off.
 */
public final class DurationFormat {
    private static final Pattern TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");
    private static final long NANOS_PER_MILLI = 1_000_000L;

    private DurationFormat() {
    }

    /** The duration written as {@code text}, or empty when it is not a number followed by a unit. */
    public static Optional<Duration> parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal nanos = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(nanosPerUnit(m.group(2))));
        // beyond about 292 years a duration no longer fits in long nanoseconds: refuse it rather than wrap
        if (nanos.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(nanos.longValue()));
    }

    /** True for text that is only a number, which {@link #parse} refuses for lack of a unit. */
    public static boolean isBareNumber(String text) {
        return text.strip().matches("-?\\d+(\\.\\d+)?");
    }

    /** The shortest text {@link #parse} reads back as the same duration, in the largest exact unit. */
    public static String format(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("durations in configuration are never negative, got " + duration);
        }
        long nanos = duration.toNanos();
        for (String unit : new String[] {"h", "m", "s", "ms"}) {
            long per = nanosPerUnit(unit);
            if (nanos % per == 0 && (nanos != 0 || unit.equals("s"))) {
                return nanos / per + unit;
            }
        }
        return BigDecimal.valueOf(nanos).movePointLeft(6).stripTrailingZeros().toPlainString() + "ms";
    }

    private static long nanosPerUnit(String unit) {
        return switch (unit) {
            case "ms" -> NANOS_PER_MILLI;
            case "s" -> 1000 * NANOS_PER_MILLI;
            case "m" -> 60_000 * NANOS_PER_MILLI;
            case "h" -> 3_600_000 * NANOS_PER_MILLI;
            default -> throw new IllegalArgumentException("unknown duration unit " + unit);
        };
    }
}
