package org.xueliang.bench;

import java.util.Arrays;
import java.util.List;

/** Positional benchmark arguments with defaults; a bad value stops the run with a message naming it. */
final class BenchArgs {
    private BenchArgs() {
    }

    /** The argument at {@code index} as a whole number of at least 1, or the default when absent. */
    static int positiveInt(List<String> args, int index, String name, int fallback) {
        if (index >= args.size()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(args.get(index));
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + name + "' must be a whole number of at least 1, got '"
                + args.get(index) + "'");
    }

    /** The argument at {@code index} split at commas, or the default split so when absent. */
    static List<String> list(List<String> args, int index, String fallback) {
        String value = index < args.size() ? args.get(index) : fallback;
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
