package org.xueliang.sip.message;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Typed reads of the children of one element, with errors that name the message and the field
 * ({@code Catalog response: SumNum must be a number, got "x"}).
 */
final class Fields {
    // Devices write "2024-05-01T08:30:00", some with milliseconds, some with a space instead of T.
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private final String context;
    private final XmlElement element;

    Fields(String context, XmlElement element) {
        this.context = context;
        this.element = element;
    }

    String context() {
        return context;
    }

    /** Trimmed text, null when absent or empty. */
    String text(String name) {
        return element.childText(name);
    }

    String required(String name) {
        String value = element.childText(name);
        if (value == null) {
            throw fail(name + " is missing");
        }
        return value;
    }

    /** A non-negative whole number such as SN. */
    long requiredLong(String name) {
        String value = required(name);
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw fail(name + " must be a number, got \"" + value + "\"");
        }
        if (number < 0) {
            throw fail(name + " must not be negative, got " + number);
        }
        return number;
    }

    int requiredInt(String name, int min, int max) {
        String value = required(name);
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw fail(name + " must be a number, got \"" + value + "\"");
        }
        if (number < min || number > max) {
            throw fail(name + " must be " + min + " to " + max + ", got " + number);
        }
        return number;
    }

    Integer optionalInt(String name) {
        String value = element.childText(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw fail(name + " must be a number, got \"" + value + "\"");
        }
    }

    /** An optional number where an unreadable value is better dropped than the whole message. */
    Integer lenientInt(String name) {
        String value = element.childText(name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An optional decimal where an unreadable value is better dropped than the whole message. */
    Double lenientDouble(String name) {
        String value = element.childText(name);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A device local time, null when absent or unreadable: device clocks and formats vary too much to refuse. */
    LocalDateTime lenientTime(String name) {
        String value = element.childText(name);
        try {
            return value == null ? null : LocalDateTime.parse(value, TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    ManscdpParseException fail(String problem) {
        return new ManscdpParseException(context + ": " + problem);
    }
}
